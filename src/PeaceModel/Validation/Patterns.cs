using System.Text.RegularExpressions;

namespace PeaceModel.Validation;

/// <summary>The shapes of identifiers and codes, compiled once at build time.</summary>
internal static partial class Patterns
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    public static partial Regex Id();

    [GeneratedRegex("^Q[1-9][0-9]*$", RegexOptions.CultureInvariant)]
    public static partial Regex WikidataId();

    [GeneratedRegex("^([A-Z]{3})+$", RegexOptions.CultureInvariant)]
    public static partial Regex CameoActorCode();

    [GeneratedRegex("^[0-9]{2,4}$", RegexOptions.CultureInvariant)]
    public static partial Regex CameoEventCode();

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$", RegexOptions.CultureInvariant)]
    public static partial Regex LowerWord();

    [GeneratedRegex("^[0-9a-f]{64}$", RegexOptions.CultureInvariant)]
    public static partial Regex Sha256();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    public static partial Regex LanguageTag();

    [GeneratedRegex("^1\\.[0-9]+$", RegexOptions.CultureInvariant)]
    public static partial Regex SchemaVersion();

    [GeneratedRegex("^(Z|[+-](0[0-9]|1[0-4]):[0-5][0-9]|[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*)$", RegexOptions.CultureInvariant)]
    public static partial Regex TimeZone();
}
