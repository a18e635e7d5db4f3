namespace PeaceModel.Serialization;

/// <summary>The JSON names an enum converter reads and writes, for the schema and for error messages.</summary>
internal interface IEnumNames
{
    /// <summary>Gets the names, in declaration order.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>Tells whether a boxed value of the enum has a JSON name (is a defined member).</summary>
    bool IsDefined(object value);
}
