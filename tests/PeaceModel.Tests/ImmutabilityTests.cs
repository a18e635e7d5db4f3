using System.Reflection;
using System.Runtime.CompilerServices;

namespace PeaceModel.Tests;

/// <summary>In the spirit of NodaTime's mutability test: every public type of the model is immutable.</summary>
public class ImmutabilityTests
{
    private static readonly Assembly Library = typeof(DiplomaticEvent).Assembly;

    public static TheoryData<Type> ModelTypes => [.. Model()];

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void PublicType_HasNoPublicSettersNorWritableFields(Type type)
    {
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(f => !f.IsInitOnly && !f.IsLiteral);
        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter));

        Assert.Empty(fields);
        Assert.Empty(setters);
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void PublicType_ExposesOnlyImmutableValues(Type type)
    {
        var mutable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && !IsImmutable(p.PropertyType))
            .Select(p => $"{p.Name}: {p.PropertyType}");

        Assert.Empty(mutable);
    }

    [Fact]
    public void ModelTypes_AreSealedRecordsOrReadOnlyStructs()
    {
        var model = Model().ToList();

        Assert.All(model, t => Assert.True(t.IsSealed || t.IsValueType, $"{t} is not sealed"));
        Assert.All(model.Where(t => t.IsValueType), t => Assert.True(t.IsDefined(typeof(IsReadOnlyAttribute)), $"{t} is not a readonly struct"));
        Assert.Contains(typeof(Proposal), model);
    }

    private static IEnumerable<Type> Model() =>
        Library.GetExportedTypes().Where(t => t.Namespace == "PeaceModel" && !t.IsEnum && !t.IsInterface && !(t.IsAbstract && t.IsSealed));

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsImmutable(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(DateTimeOffset) || type == typeof(Type))
        {
            return true;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
        {
            return IsImmutable(type.GetGenericArguments()[0]);
        }

        return type.Assembly == Library && type.IsSealed
            && type.GetProperties(BindingFlags.Public | BindingFlags.Instance).All(p => p.SetMethod is null || !p.SetMethod.IsPublic || IsInitOnly(p.SetMethod));
    }
}
