using System.Text.RegularExpressions;

namespace PeaceModel.Validation;

/// <summary>The shapes of identifiers and codes, compiled once at build time.</summary>
internal static partial class Patterns
{
    /// <summary>The shape of a country code in the JSON Schema; the validator checks the assigned codes themselves (<see cref="Iso3166"/>).</summary>
    public const string CountryShapePattern = "^[A-Z]{3}$";

    /// <summary>The pattern of <see cref="Id"/>, also written into the JSON Schema.</summary>
    public const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    [GeneratedRegex(IdPattern, RegexOptions.CultureInvariant)]
    public static partial Regex Id();

    /// <summary>The pattern of <see cref="WikidataId"/>, also written into the JSON Schema.</summary>
    public const string WikidataIdPattern = "^Q[1-9][0-9]*$";

    [GeneratedRegex(WikidataIdPattern, RegexOptions.CultureInvariant)]
    public static partial Regex WikidataId();

    /// <summary>The pattern of <see cref="CameoActorCode"/>, also written into the JSON Schema.</summary>
    public const string CameoActorCodePattern = "^([A-Z]{3})+$";

    [GeneratedRegex(CameoActorCodePattern, RegexOptions.CultureInvariant)]
    public static partial Regex CameoActorCode();

    [GeneratedRegex("^[0-9]{2,4}$", RegexOptions.CultureInvariant)]
    public static partial Regex CameoEventCode();

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$", RegexOptions.CultureInvariant)]
    public static partial Regex LowerWord();

    /// <summary>The pattern of <see cref="Sha256"/>, also written into the JSON Schema.</summary>
    public const string Sha256Pattern = "^[0-9a-f]{64}$";

    [GeneratedRegex(Sha256Pattern, RegexOptions.CultureInvariant)]
    public static partial Regex Sha256();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    public static partial Regex LanguageTag();

    [GeneratedRegex("^1\\.[0-9]+$", RegexOptions.CultureInvariant)]
    public static partial Regex SchemaVersion();

    [GeneratedRegex("^(Z|[+-](0[0-9]|1[0-4]):[0-5][0-9]|[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*)$", RegexOptions.CultureInvariant)]
    public static partial Regex TimeZone();
}
