using System.Globalization;
using System.Text.Json;

namespace PeaceModel.Serialization;

/// <summary>
/// Compatibility. A version is <c>MAJOR.MINOR</c>, each a number written without leading zeros
/// (<c>2.1</c>); anything else (<c>"1.foo"</c>, <c>"1.0.0"</c>, <c>"01.0"</c>, <c>"1.0\n"</c>) is refused
/// with <see cref="ReadErrorReason.MalformedVersion"/>, never guessed at or rewritten. Forward: an event
/// written in a newer version of the format than this library knows (a newer major, or a newer minor of
/// the current major) is refused for what it is, naming its version, rather than for the first property
/// or value this library does not know. Backward: a format 1.x document is upgraded to the current
/// version as it is read (only the version changes: 2.x only adds to 1.0, so every value is kept and
/// nothing is invented); a document of an older minor of the current major (2.0) is read unchanged,
/// version included, since every 2.0 document is a 2.1 document. The version is looked at only when it
/// matters: after a successful read, and when a read fails.
/// </summary>
internal static class FormatVersion
{
    private static readonly (int Major, int Minor) Current = Parse(DiplomaticEvent.CurrentSchemaVersion)!.Value;

    private static readonly string VersionName = ContractNames.Of(typeof(DiplomaticEvent), nameof(DiplomaticEvent.SchemaVersion));

    /// <summary>The major version whose documents are upgraded when read.</summary>
    private const int UpgradedMajor = 1;

    /// <summary>Throws when a read event's version is malformed or newer than this library's; upgrades one of an older major.</summary>
    public static DiplomaticEvent CheckRead(ReadOnlySpan<byte> json, DiplomaticEvent diplomaticEvent)
    {
        var version = Parse(diplomaticEvent.SchemaVersion);
        if (version is not { } known || IsRefused(known))
        {
            throw Refused(json) ?? new JsonReadException(Error(diplomaticEvent.SchemaVersion, version is null, lineNumber: null, bytePositionInLine: null));
        }

        return known.Major == UpgradedMajor ? Upgrade(diplomaticEvent) : diplomaticEvent;
    }

    /// <summary>Upgrades a format 1.x event: only the version changes (see the class remarks).</summary>
    public static DiplomaticEvent Upgrade(DiplomaticEvent diplomaticEvent) =>
        diplomaticEvent with { SchemaVersion = DiplomaticEvent.CurrentSchemaVersion };

    /// <summary>
    /// The error for a document whose top-level version is malformed, or newer than this library's, or
    /// older than any it reads; <see langword="null"/> when the version is one this library reads, or
    /// cannot be found.
    /// </summary>
    public static JsonReadException? Refused(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = LimitScanner.SerializerMaxDepth });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = reader.ValueTextEquals(VersionName);
                reader.Read();
                if (isVersion && reader.TokenType == JsonTokenType.String && reader.GetString() is { } version)
                {
                    var parsed = Parse(version);
                    if (parsed is { } known && !IsRefused(known))
                    {
                        return null;
                    }

                    var before = json[..(int)reader.TokenStartIndex];
                    return new JsonReadException(Error(version, parsed is null, before.Count((byte)'\n'), before.Length - (before.LastIndexOf((byte)'\n') + 1)));
                }

                reader.Skip();
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not well-formed, or text that is not valid: the ordinary diagnosis reports it.
        }

        return null;
    }

    /// <summary>Whether the version is newer than this library's (<c>3.0</c>, <c>2.2</c>).</summary>
    public static bool IsNewer(string? version) => Parse(version) is { } known && IsNewer(known);

    /// <summary>Describes what this library reads and writes, for the message: <c>it reads 1.x and 2.0 to 2.1, and writes 2.1</c>.</summary>
    public static string Supported => string.Create(CultureInfo.InvariantCulture, $"it reads {UpgradedMajor}.x and {Current.Major}.0 to {DiplomaticEvent.CurrentSchemaVersion}, and writes {DiplomaticEvent.CurrentSchemaVersion}");

    private static ReadError Error(string found, bool malformed, long? lineNumber, long? bytePositionInLine) => new()
    {
        Reason = malformed ? ReadErrorReason.MalformedVersion : ReadErrorReason.UnsupportedVersion,
        Path = "$." + VersionName,
        Found = found,
        LineNumber = lineNumber,
        BytePositionInLine = bytePositionInLine,
    };

    private static bool IsRefused((int Major, int Minor) version) => version.Major < UpgradedMajor || IsNewer(version);

    private static bool IsNewer((int Major, int Minor) version) =>
        version.Major > Current.Major || (version.Major == Current.Major && version.Minor > Current.Minor);

    /// <summary>Reads <c>MAJOR.MINOR</c> strictly: ASCII digits, no sign, no leading zero, no white space, nothing after.</summary>
    private static (int Major, int Minor)? Parse(string? version)
    {
        var dot = version?.IndexOf('.') ?? -1;
        return dot > 0 && Number(version.AsSpan(0, dot)) is { } major && Number(version.AsSpan(dot + 1)) is { } minor ? (major, minor) : null;
    }

    private static int? Number(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty || digits.Length > 9 || (digits[0] == '0' && digits.Length > 1))
        {
            return null;
        }

        var value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
