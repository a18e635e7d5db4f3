using System.Collections.Concurrent;
using System.Reflection;

namespace PeaceModel.Serialization;

/// <summary>
/// The JSON name of a .NET property, read from the serializer's contract: validation paths, record
/// declarations and the schema ask here, so that a renamed property cannot drift from them.
/// </summary>
internal static class ContractNames
{
    private static readonly ConcurrentDictionary<(Type, string), string> Cache = new();

    /// <summary>Returns the JSON name of <paramref name="memberName"/> of <paramref name="type"/>.</summary>
    /// <exception cref="InvalidOperationException">The contract has no such property: a defect of the library, not of any input.</exception>
    /// <remarks>
    /// The record types' names come from the reader generated from the same declarations (the same
    /// contract, compared with the serializer's by <c>RecordReaderTests</c>), so that validators built at
    /// start-up do not make the serializer configure its metadata for every type; any other type asks the serializer.
    /// </remarks>
    public static string Of(Type type, string memberName) =>
        RecordReader.JsonNameOf(type, memberName) ?? Cache.GetOrAdd((type, memberName), static key => Find(key.Item1, key.Item2));

    /// <summary>Returns the JSON name of <paramref name="memberName"/> of <paramref name="type"/> as the serializer's contract has it (for the test that compares it with the generated names).</summary>
    internal static string FromSerializer(Type type, string memberName) => Find(type, memberName);

    /// <summary>Returns the JSON names of an enum's members, in declaration order, from its converter.</summary>
    /// <exception cref="InvalidOperationException">The enum has no strict converter: a defect of the library.</exception>
    public static IReadOnlyList<string> EnumNames(Type enumType) =>
        RecordReader.EnumNamesOf(enumType) ?? EnumNamesFromSerializer(enumType);

    /// <summary>Returns the JSON names of an enum's members as the serializer's converter has them (for the test that compares them with the generated names).</summary>
    internal static IReadOnlyList<string> EnumNamesFromSerializer(Type enumType) =>
        PeaceModelJson.Options.GetTypeInfo(enumType).Converter is IEnumNames names
            ? names.Names
            : throw new InvalidOperationException($"{enumType.Name} has no strict enum converter; declare [JsonConverter(typeof(StrictEnumConverter<{enumType.Name}>))] on it.");

    private static string Find(Type type, string memberName)
    {
        foreach (var property in PeaceModelJson.Options.GetTypeInfo(type).Properties)
        {
            if (property.AttributeProvider is MemberInfo member && member.Name == memberName)
            {
                return property.Name;
            }
        }

        throw new InvalidOperationException($"The JSON contract of {type.Name} has no property for {memberName}.");
    }
}
