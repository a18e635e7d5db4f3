namespace PeaceModel.Serialization;

/// <summary>The JSON names an enum converter reads and writes, for the schema and for error messages.</summary>
internal interface IEnumNames
{
    /// <summary>Gets the names, in declaration order.</summary>
    IReadOnlyList<string> Names { get; }
}
