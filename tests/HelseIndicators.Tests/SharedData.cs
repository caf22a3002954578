using System.Reflection;
using HelseIndicators.Tests.Data.JsonStat;
using Xunit.Sdk;

namespace HelseIndicators.Tests;

/// <summary>
/// The real third-party files that are not committed and are read at run time from the shared data folder beside the
/// repository (<c>&lt;repo&gt;/../shared/data/</c>; today only its <c>jsonstat</c> folder, found by
/// <see cref="JsonStatTestData.FindSharedDirectory"/>). A test that needs them carries <see cref="SharedDataFactAttribute"/>,
/// <see cref="SharedDataTheoryAttribute"/>, <see cref="SharedInlineDataAttribute"/> or <see cref="SharedMemberDataAttribute"/>:
/// where the folder is absent (a bare clone) it is skipped with <see cref="AbsentReason"/>, so that the README's test
/// command passes anywhere; but when <see cref="RequireVariable"/> is "1" (CI sets it in .ci/run) it is never skipped,
/// and fails naming the missing folder, so that CI cannot pass without running it.
/// </summary>
internal static class SharedData
{
    /// <summary>Environment variable that, set to "1", makes a missing shared folder an error instead of a skip.</summary>
    internal const string RequireVariable = "HELSE_REQUIRE_SHARED";

    /// <summary>Why a test that needs the shared folder is skipped when it is absent.</summary>
    internal const string AbsentReason =
        "needs ../shared/data (the real third-party files); absent in this checkout " +
        "(put the shared folder beside the repository or set HELSE_SHARED_DATA; CI sets HELSE_REQUIRE_SHARED=1 and runs it)";

    private static readonly Lazy<string?> s_skipReason = new(() => SkipReasonFor(IsPresent(), IsRequired));

    /// <summary>Gets whether <see cref="RequireVariable"/> is "1": a missing shared folder is then an error, never a skip.</summary>
    internal static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Gets the reason to skip a test that needs the shared folder here, or null when it is to run.</summary>
    internal static string? SkipReason => s_skipReason.Value;

    /// <summary>The skip reason for a folder that is present or not, required or not: only absent and not required skips.</summary>
    internal static string? SkipReasonFor(bool present, bool required) => present || required ? null : AbsentReason;

    /// <summary>
    /// Whether the shared folder was found. A HELSE_SHARED_DATA that points nowhere counts as present: the variable says
    /// the files are wanted, so the tests run and fail with the variable's message rather than being skipped.
    /// </summary>
    private static bool IsPresent()
    {
        try
        {
            return JsonStatTestData.SharedDirectory is not null;
        }
        catch (DirectoryNotFoundException)
        {
            return true;
        }
    }
}

/// <summary>A fact that needs the shared data folder: skipped with <see cref="SharedData.AbsentReason"/> when it is absent, unless HELSE_REQUIRE_SHARED=1.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory all of whose rows need the shared data folder: skipped as a whole when it is absent, unless HELSE_REQUIRE_SHARED=1.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (SharedData.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>
/// One row of a theory, like <see cref="InlineDataAttribute"/>, that needs the shared data folder: that row alone is
/// skipped when the folder is absent, unless HELSE_REQUIRE_SHARED=1.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class SharedInlineDataAttribute : DataAttribute
{
    private readonly object?[] _data;

    public SharedInlineDataAttribute(params object?[] data)
    {
        _data = data;
        if (SharedData.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }

    /// <summary>Gets the row's arguments.</summary>
    public IReadOnlyList<object?> Data => _data;

    public override IEnumerable<object?[]> GetData(MethodInfo testMethod) => [_data];
}

/// <summary>
/// Rows of a theory, like <see cref="MemberDataAttribute"/>, that need the shared data folder: the member is still
/// enumerated (it must not read the shared folder itself), and its rows are skipped when the folder is absent, unless
/// HELSE_REQUIRE_SHARED=1.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class SharedMemberDataAttribute : MemberDataAttributeBase
{
    public SharedMemberDataAttribute(string memberName, params object?[] parameters)
        : base(memberName, parameters)
    {
        if (SharedData.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }

    protected override object?[]? ConvertDataItem(MethodInfo testMethod, object? item) => item switch
    {
        null => null,
        object?[] row => row,
        _ => throw new ArgumentException(
            $"Property {MemberName} on {MemberType ?? testMethod.DeclaringType} yielded an item that is not an object[]"),
    };
}
