using System.Text.RegularExpressions;

namespace PeaceModel.Validation;

/// <summary>
/// The shapes of identifiers and codes, each written once: the <c>…Pattern</c> constant is what the
/// JSON Schema says (ECMA-262, where <c>$</c> is the end of the text), and the compiled regex adds
/// <see cref="AtEnd"/> so that .NET's <c>$</c>, which also matches before a final line break, does not
/// let <c>putin\n</c> through.
/// </summary>
internal static partial class Patterns
{
    /// <summary>Appended to every compiled pattern: the end of the text is the true end, not a final <c>\n</c>.</summary>
    public const string AtEnd = "(?!\\n)";

    /// <summary>The shape of a country code; the validator also checks that it is assigned (<see cref="Iso3166"/>).</summary>
    public const string CountryShapePattern = "^[A-Z]{3}$";

    /// <summary>Record ids and references.</summary>
    public const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>Wikidata item ids: <c>Q7747</c>.</summary>
    public const string WikidataIdPattern = "^Q[1-9][0-9]*$";

    /// <summary>CAMEO actor codes: <c>RUSGOV</c>.</summary>
    public const string CameoActorCodePattern = "^([A-Z]{3})+$";

    /// <summary>CAMEO event codes: <c>036</c>, <c>1056</c>.</summary>
    public const string CameoEventCodePattern = "^[0-9]{2,4}$";

    /// <summary>PLOVER modes and contexts: <c>yield</c>, <c>diplomatic</c>.</summary>
    public const string LowerWordPattern = "^[a-z]+(-[a-z]+)*$";

    /// <summary>A SHA-256 in lowercase hexadecimal.</summary>
    public const string Sha256Pattern = "^[0-9a-f]{64}$";

    /// <summary>A BCP 47 language tag: <c>en</c>, <c>uk</c>, <c>pt-BR</c>.</summary>
    public const string LanguageTagPattern = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$";

    /// <summary>The format versions this library reads: major version 1.</summary>
    public const string SchemaVersionPattern = "^1\\.[0-9]+$";

    /// <summary>The shape of a time zone: <c>Z</c>, a UTC offset, or an IANA zone id (checked against the TZDB, <see cref="TimeZones"/>).</summary>
    public const string TimeZonePattern = "^(Z|[+-](0[0-9]|1[0-4]):[0-5][0-9]|[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*)$";

    /// <summary>A time of day, to the second: <c>21:30:00</c>.</summary>
    public const string TimePattern = "^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$";

    [GeneratedRegex(IdPattern + AtEnd, RegexOptions.CultureInvariant)]
    public static partial Regex Id();

    [GeneratedRegex(WikidataIdPattern + AtEnd, RegexOptions.CultureInvariant)]
    public static partial Regex WikidataId();

    [GeneratedRegex(CameoActorCodePattern + AtEnd, RegexOptions.CultureInvariant)]
    public static partial Regex CameoActorCode();

    [GeneratedRegex(CameoEventCodePattern + AtEnd, RegexOptions.CultureInvariant)]
    public static partial Regex CameoEventCode();

    [GeneratedRegex(LowerWordPattern + AtEnd, RegexOptions.CultureInvariant)]
    public static partial Regex LowerWord();

    [GeneratedRegex(Sha256Pattern + AtEnd, RegexOptions.CultureInvariant)]
    public static partial Regex Sha256();

    [GeneratedRegex(LanguageTagPattern + AtEnd, RegexOptions.CultureInvariant)]
    public static partial Regex LanguageTag();

    [GeneratedRegex(SchemaVersionPattern + AtEnd, RegexOptions.CultureInvariant)]
    public static partial Regex SchemaVersion();

    [GeneratedRegex(TimeZonePattern + AtEnd, RegexOptions.CultureInvariant)]
    public static partial Regex TimeZone();

    [GeneratedRegex(CountryShapePattern + AtEnd, RegexOptions.CultureInvariant)]
    public static partial Regex CountryShape();

    [GeneratedRegex(TimePattern + AtEnd, RegexOptions.CultureInvariant)]
    public static partial Regex Time();
}
