using System.Globalization;
using System.Text.Json;

namespace PeaceModel.Serialization;

/// <summary>
/// Compatibility. Forward: an event written in a newer major version of the format than this library
/// knows is refused for what it is, naming its version, rather than for the first property or value
/// this library does not know. The version is looked at only when it matters: after a successful
/// read, and when a read fails. Backward: a format 1.x document is upgraded to the current version
/// as it is read. Format 2.0 only adds to 1.0 (new optional members, new record lists, new enum
/// members; nothing renamed or removed), so every 1.0 value is kept as it is and nothing is invented.
/// </summary>
internal static class FormatVersion
{
    private static readonly int CurrentMajor = Major(DiplomaticEvent.CurrentSchemaVersion)!.Value;

    private static readonly string VersionName = ContractNames.Of(typeof(DiplomaticEvent), nameof(DiplomaticEvent.SchemaVersion));

    /// <summary>The major version whose documents are upgraded when read.</summary>
    private const int UpgradedMajor = 1;

    /// <summary>Throws when a read event is of a newer major version; upgrades one of an older one.</summary>
    public static DiplomaticEvent CheckRead(ReadOnlySpan<byte> json, DiplomaticEvent diplomaticEvent)
    {
        var major = Major(diplomaticEvent.SchemaVersion);
        if (major > CurrentMajor)
        {
            throw Unsupported(json) ?? new JsonReadException(new ReadError { Reason = ReadErrorReason.UnsupportedVersion, Path = "$." + VersionName, Found = diplomaticEvent.SchemaVersion });
        }

        return major == UpgradedMajor ? Upgrade(diplomaticEvent) : diplomaticEvent;
    }

    /// <summary>Upgrades a format 1.x event: only the version changes (see the class remarks).</summary>
    public static DiplomaticEvent Upgrade(DiplomaticEvent diplomaticEvent) =>
        diplomaticEvent with { SchemaVersion = DiplomaticEvent.CurrentSchemaVersion };

    /// <summary>The error for a document whose top-level version is newer than this library's, or <see langword="null"/>.</summary>
    public static JsonReadException? Unsupported(ReadOnlySpan<byte> json)
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
                if (isVersion && reader.TokenType == JsonTokenType.String && reader.GetString() is { } version && Major(version) > CurrentMajor)
                {
                    var before = json[..(int)reader.TokenStartIndex];
                    return new JsonReadException(new ReadError
                    {
                        Reason = ReadErrorReason.UnsupportedVersion,
                        Path = "$." + VersionName,
                        Found = version,
                        LineNumber = before.Count((byte)'\n'),
                        BytePositionInLine = before.Length - (before.LastIndexOf((byte)'\n') + 1),
                    });
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

    /// <summary>Describes what this library reads and writes, for the message: <c>it reads 1.x and 2.x, and writes 2.0</c>.</summary>
    public static string Supported => string.Create(CultureInfo.InvariantCulture, $"it reads {UpgradedMajor}.x and {CurrentMajor}.x, and writes {DiplomaticEvent.CurrentSchemaVersion}");

    private static int? Major(string? version)
    {
        var dot = version?.IndexOf('.') ?? -1;
        return dot > 0 && int.TryParse(version.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : null;
    }
}
