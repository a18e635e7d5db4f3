using System.Text.RegularExpressions;

namespace PeaceModel.Validation;

/// <summary>
/// The shapes of identifiers and codes, each written once: the <c>…Pattern</c> constant is both what
/// the regex compiles and what the JSON Schema says. Each ends with <see cref="End"/>, because .NET's
/// <c>$</c> (and that of schema validators built on .NET regexes) also matches before a final line
/// break, which would let <c>putin\n</c> through; ECMA-262 reads the same pattern the same way.
/// </summary>
internal static partial class Patterns
{
    /// <summary>The end of the text, and not merely before a final <c>\n</c>.</summary>
    public const string End = "$(?!\\n)";

    /// <summary>Text that is not blank: it holds a character that is not white space.</summary>
    public const string NonBlankPattern = "\\S";

    /// <summary>An absolute http or https address, as far as a pattern can say (the validator parses it as a URI).</summary>
    public const string HttpUrlPattern = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+([/?#]\\S*)?" + End;

    /// <summary>The shape of a country code; the validator also checks that it is assigned (<see cref="Iso3166"/>).</summary>
    public const string CountryShapePattern = "^[A-Z]{3}" + End;

    /// <summary>Record ids and references.</summary>
    public const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*" + End;

    /// <summary>References that may name a record of another document: an id, or <c>document-id/record-id</c>.</summary>
    public const string ReferencePattern = "^([a-z0-9]+(-[a-z0-9]+)*/)?[a-z0-9]+(-[a-z0-9]+)*" + End;

    /// <summary>Wikidata item ids: <c>Q7747</c>.</summary>
    public const string WikidataIdPattern = "^Q[1-9][0-9]*" + End;

    /// <summary>CAMEO actor codes: <c>RUSGOV</c>.</summary>
    public const string CameoActorCodePattern = "^([A-Z]{3})+" + End;

    /// <summary>CAMEO event codes: <c>036</c>, <c>1056</c>.</summary>
    public const string CameoEventCodePattern = "^[0-9]{2,4}" + End;

    /// <summary>PLOVER modes and contexts: <c>yield</c>, <c>diplomatic</c>.</summary>
    public const string LowerWordPattern = "^[a-z]+(-[a-z]+)*" + End;

    /// <summary>A SHA-256 in lowercase hexadecimal.</summary>
    public const string Sha256Pattern = "^[0-9a-f]{64}" + End;

    /// <summary>A BCP 47 language tag: <c>en</c>, <c>uk</c>, <c>pt-BR</c>.</summary>
    public const string LanguageTagPattern = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*" + End;

    /// <summary>The format versions an event in memory may have: <c>2.0</c> and <c>2.1</c> (the reader upgrades 1.x documents).</summary>
    public const string SchemaVersionPattern = "^2\\.[01]" + End;

    /// <summary>The shape of a time zone: <c>Z</c>, a UTC offset, or an IANA zone id (checked against the TZDB, <see cref="TimeZones"/>).</summary>
    public const string TimeZonePattern = "^(Z|[+-](0[0-9]|1[0-4]):[0-5][0-9]|[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*)" + End;

    /// <summary>A time of day, to the second: <c>21:30:00</c>.</summary>
    public const string TimePattern = "^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]" + End;

    [GeneratedRegex(IdPattern, RegexOptions.CultureInvariant)]
    public static partial Regex Id();

    [GeneratedRegex(ReferencePattern, RegexOptions.CultureInvariant)]
    public static partial Regex Reference();

    [GeneratedRegex(WikidataIdPattern, RegexOptions.CultureInvariant)]
    public static partial Regex WikidataId();

    [GeneratedRegex(CameoActorCodePattern, RegexOptions.CultureInvariant)]
    public static partial Regex CameoActorCode();

    [GeneratedRegex(CameoEventCodePattern, RegexOptions.CultureInvariant)]
    public static partial Regex CameoEventCode();

    [GeneratedRegex(LowerWordPattern, RegexOptions.CultureInvariant)]
    public static partial Regex LowerWord();

    [GeneratedRegex(Sha256Pattern, RegexOptions.CultureInvariant)]
    public static partial Regex Sha256();

    [GeneratedRegex(LanguageTagPattern, RegexOptions.CultureInvariant)]
    public static partial Regex LanguageTag();

    [GeneratedRegex(SchemaVersionPattern, RegexOptions.CultureInvariant)]
    public static partial Regex SchemaVersion();

    [GeneratedRegex(TimeZonePattern, RegexOptions.CultureInvariant)]
    public static partial Regex TimeZone();

    [GeneratedRegex(CountryShapePattern, RegexOptions.CultureInvariant)]
    public static partial Regex CountryShape();

    [GeneratedRegex(TimePattern, RegexOptions.CultureInvariant)]
    public static partial Regex Time();
}
