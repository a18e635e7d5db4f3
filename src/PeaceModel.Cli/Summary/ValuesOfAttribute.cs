namespace PeaceModel.Cli.Summary;

/// <summary>
/// A string property whose values are the camelCase names of an enum of the event format (whose own
/// converter is internal to the library); the schema lists them.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class ValuesOfAttribute(Type enumType) : Attribute
{
    public Type EnumType { get; } = enumType;

    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
