using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using HelseIndicators.Model;

namespace HelseIndicators.Tests.Conventions;

/// <summary>Conventions checked across the public API, as NodaTime's convention tests do.</summary>
public class PublicApiConventionTests
{
    private static readonly Assembly s_library = typeof(OrganisationNumber).Assembly;

    public static TheoryData<Type> ModelTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in s_library.GetExportedTypes().Where(t => t.Namespace == "HelseIndicators.Model" && !t.IsEnum).OrderBy(t => t.Name))
        {
            data.Add(type);
        }

        return data;
    }

    public static TheoryData<Type> ModelValueTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in s_library.GetExportedTypes()
                     .Where(t => t.Namespace == "HelseIndicators.Model" && t.IsValueType && !t.IsEnum && !t.IsGenericTypeDefinition)
                     .OrderBy(t => t.Name))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void ModelTypes_AreImmutable(Type type)
    {
        var writable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => p.Name);
        Assert.Empty(writable);
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance).Where(f => !f.IsInitOnly).Select(f => f.Name);
        Assert.Empty(fields);
    }

    [Theory]
    [MemberData(nameof(ModelValueTypes))]
    public void ModelValueTypes_HaveTheFullEqualitySet(Type type)
    {
        Assert.Contains(typeof(IEquatable<>).MakeGenericType(type), type.GetInterfaces());
        Assert.NotNull(type.GetMethod("op_Equality", [type, type]));
        Assert.NotNull(type.GetMethod("op_Inequality", [type, type]));
        Assert.Equal(type, type.GetMethod(nameof(GetHashCode), Type.EmptyTypes)!.DeclaringType);
        if (type.GetInterfaces().Contains(typeof(IComparable<>).MakeGenericType(type)))
        {
            Assert.NotNull(type.GetMethod("op_LessThan", [type, type]));
            Assert.NotNull(type.GetMethod("op_GreaterThanOrEqual", [type, type]));
        }
    }

    [Fact]
    public void ModelEnums_HaveExplicitValuesFromOne()
    {
        foreach (var type in s_library.GetExportedTypes().Where(t => t.IsEnum))
        {
            var values = Enum.GetValues(type).Cast<object>().Select(Convert.ToInt32).ToArray();
            Assert.True(values.Min() >= 1, $"{type.Name} has a value below 1");
        }
    }

    [Fact]
    public void EveryPublicType_IsDocumented_WithItsRemarksOnValueTypes()
    {
        var xmlPath = Path.ChangeExtension(s_library.Location, ".xml");
        Assert.True(File.Exists(xmlPath), $"The XML documentation {xmlPath} is missing.");
        var members = XDocument.Load(xmlPath).Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, m => m);
        foreach (var type in s_library.GetExportedTypes())
        {
            var key = "T:" + type.FullName!.Replace('+', '.');
            Assert.True(members.ContainsKey(key), $"{type.FullName} has no XML documentation.");
            if (type.Namespace == "HelseIndicators.Model" && type.IsValueType && !type.IsEnum)
            {
                Assert.True(members[key].Element("remarks") is not null, $"{type.Name} documents no remarks (range, default, equality, thread safety).");
            }
        }
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
