using System.Diagnostics.CodeAnalysis;

namespace HelseIndicators.Reporting.Display;

/// <summary>
/// Names the formatter source of a type, by the convention .NET Interactive (Polyglot Notebooks) and Verso recognise by
/// the attribute's name: the library needs no notebook package.
/// </summary>
/// <remarks>
/// .NET Interactive's <c>Microsoft.DotNet.Interactive.Formatting</c> looks for an attribute named
/// <c>TypeFormatterSourceAttribute</c> (any namespace) with a <see cref="FormatterSourceType"/> property; it creates the
/// source with its public parameterless constructor, calls its <c>CreateTypeFormatters()</c>, and uses each returned
/// object's <c>MimeType</c> and <c>bool Format(object instance, TextWriter writer)</c>. Thread safety: immutable.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    /// <summary>Initialises the attribute.</summary>
    /// <param name="formatterSourceType">The formatter source: a class with a public parameterless constructor and a
    /// public <c>CreateTypeFormatters()</c> method.</param>
    public TypeFormatterSourceAttribute(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicMethods)]
        Type formatterSourceType)
    {
        FormatterSourceType = formatterSourceType;
    }

    /// <summary>Gets the formatter source type.</summary>
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicMethods)]
    public Type FormatterSourceType { get; }

    /// <summary>Gets the MIME types the notebook should prefer for the type: <c>text/html</c>.</summary>
    public string[] PreferredMimeTypes { get; init; } = ["text/html"];
}
