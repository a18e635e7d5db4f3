using System.Globalization;
using System.Text.Json;

namespace PeaceModel.Serialization;

/// <summary>
/// Forward compatibility: an event written in a newer major version of the format than this library
/// knows is refused for what it is, naming its version, rather than for the first property or value
/// this library does not know. The version is looked at only when it matters: after a successful
/// read, and when a read fails.
/// </summary>
internal static class FormatVersion
{
    private static readonly int CurrentMajor = Major(DiplomaticEvent.CurrentSchemaVersion)!.Value;

    private static readonly string VersionName = ContractNames.Of(typeof(DiplomaticEvent), nameof(DiplomaticEvent.SchemaVersion));

    /// <summary>Throws when a read event is of a newer major version.</summary>
    public static void CheckRead(ReadOnlySpan<byte> json, DiplomaticEvent diplomaticEvent)
    {
        if (Major(diplomaticEvent.SchemaVersion) > CurrentMajor)
        {
            throw Unsupported(json) ?? new JsonReadException(new ReadError { Reason = ReadErrorReason.UnsupportedVersion, Path = "$." + VersionName, Found = diplomaticEvent.SchemaVersion });
        }
    }

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

    /// <summary>Describes what this library reads, for the message.</summary>
    public static string Supported => string.Create(CultureInfo.InvariantCulture, $"{CurrentMajor}.x (it writes {DiplomaticEvent.CurrentSchemaVersion})");

    private static int? Major(string? version)
    {
        var dot = version?.IndexOf('.') ?? -1;
        return dot > 0 && int.TryParse(version.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : null;
    }
}
