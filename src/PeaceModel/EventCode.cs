namespace PeaceModel;

/// <summary>
/// A code from a public event-data scheme, so that PeaceModel data can be joined with GDELT- or
/// POLECAT-style datasets. A code is always stored with its scheme and scheme version, never only a label.
/// </summary>
/// <example>
/// <c>new EventCode { Scheme = EventCodeScheme.Cameo, Version = "1.1b3", Code = "036" }</c> (express
/// intent to meet or negotiate); <c>new EventCode { Scheme = EventCodeScheme.Plover, Version = "2.0",
/// Code = "REQUEST", Mode = "yield" }</c>.
/// </example>
public sealed record EventCode
{
    /// <summary>Gets the scheme the code belongs to.</summary>
    public required EventCodeScheme Scheme { get; init; }

    /// <summary>Gets the scheme's version, such as <c>1.1b3</c> for CAMEO or <c>2.0</c> for PLOVER. Not blank.</summary>
    public required string Version { get; init; }

    /// <summary>
    /// Gets the code: for CAMEO two to four digits (<c>12</c>, <c>036</c>, <c>1056</c>); for PLOVER
    /// one of its sixteen event types in upper case (<c>AGREE</c>, <c>REQUEST</c>, <c>THREATEN</c>, ...).
    /// </summary>
    public required string Code { get; init; }

    /// <summary>Gets the PLOVER mode, in lower case, such as <c>yield</c>, <c>meet</c> or <c>restrict</c>; <see langword="null"/> for none. Not used with CAMEO.</summary>
    public string? Mode { get; init; }

    /// <summary>Gets the PLOVER contexts, in lower case, such as <c>diplomatic</c> or <c>military</c>. Empty for none. Not used with CAMEO.</summary>
    public ValueList<string> Contexts { get; init; }

    /// <summary>Gets a human-readable label for the code, or <see langword="null"/>. Labels drift between lookup files: the code is what counts.</summary>
    public string? Label { get; init; }
}
