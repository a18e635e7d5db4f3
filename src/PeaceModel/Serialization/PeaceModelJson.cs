using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PeaceModel.Serialization;

/// <summary>
/// Reads and writes PeaceModel records in their JSON format.
/// </summary>
/// <remarks>
/// <para>
/// Writing is canonical: properties in a fixed order with camelCase names, enums as camelCase
/// strings, ISO 8601 dates, two-space indentation, <c>\n</c> line endings, non-ASCII text as is,
/// <c>schemaVersion</c> first, and absent optional values and empty optional lists left out. Writing
/// what was read gives back the same text.
/// </para>
/// <para>
/// Reading is strict about content and indifferent to form. Unknown or duplicate properties, missing
/// required properties, <c>null</c> where a value is required, unknown enum values, numbers given for
/// enums, and invalid dates are errors; property order, whitespace and <c>\u</c> escapes are not.
/// Every failure to read is a <see cref="JsonException"/> whose message starts with the JSON path and
/// ends with the line and byte position (both counted from 1), and whose <see cref="JsonException.Path"/>,
/// <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> (counted
/// from 0, as System.Text.Json does) say the same.
/// </para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class PeaceModelJson
{
    private static readonly JsonSerializerOptions SharedOptions = SerializerOptions.Create(indented: true);
    private static readonly JsonSerializerOptions LineOptions = SerializerOptions.Create(indented: false);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Gets the options this class reads and writes with. They are read-only; to compose your own
    /// settings, copy them (<c>new JsonSerializerOptions(PeaceModelJson.Options)</c>) or chain
    /// <see cref="TypeInfoResolver"/> into your own options. Either way, mind that the strictness
    /// and canonical form described above come from these settings.
    /// </summary>
    public static JsonSerializerOptions Options => SharedOptions;

    /// <summary>Gets the trimming- and AOT-safe contract resolver for every PeaceModel type.</summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => SharedOptions.TypeInfoResolver!;

    /// <summary>Writes a record as canonical JSON text.</summary>
    /// <typeparam name="T">The record type, such as <see cref="DiplomaticEvent"/> or <see cref="Actor"/>.</typeparam>
    /// <param name="value">The record.</param>
    /// <returns>The JSON text, with <c>\n</c> line endings and no final line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The record holds a value the reader would refuse: <see langword="null"/> where a value is required, an undefined enum value, text that is not valid Unicode. The message starts with its JSON path.</exception>
    public static string Serialize<T>(T value)
        where T : class, IDiplomaticRecord
    {
        ArgumentNullException.ThrowIfNull(value);
        using var buffer = EventWriter.WriteToPooledBuffer(value, SharedOptions);
        return Utf8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// Writes a record as one line of JSON Lines, ending with its line break, for JSON Lines files and
    /// log-style stores: the canonical form without indentation (line breaks inside text are escaped as
    /// <c>\n</c>), then <c>\n</c>. Appending each line to a file
    /// (<c>File.AppendAllText(path, PeaceModelJson.SerializeLine(e))</c>) gives one event per line.
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="value">The record.</param>
    /// <returns>The JSON text and one <c>\n</c>: exactly one line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The record holds a value the reader would refuse; the message starts with its JSON path.</exception>
    public static string SerializeLine<T>(T value)
        where T : class, IDiplomaticRecord
    {
        ArgumentNullException.ThrowIfNull(value);
        using var buffer = EventWriter.WriteToPooledBuffer(value, LineOptions);
        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        return Utf8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a record as canonical JSON in UTF-8 bytes.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="value">The record.</param>
    /// <returns>The UTF-8 bytes, without a byte-order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The record holds a value the reader would refuse; the message starts with its JSON path.</exception>
    public static byte[] SerializeToUtf8Bytes<T>(T value)
        where T : class, IDiplomaticRecord
    {
        ArgumentNullException.ThrowIfNull(value);
        using var buffer = EventWriter.WriteToPooledBuffer(value, SharedOptions);

        // Every byte is copied over, so the result need not be zeroed first.
        var result = GC.AllocateUninitializedArray<byte>(buffer.WrittenCount);
        buffer.WrittenSpan.CopyTo(result);
        return result;
    }

    /// <summary>
    /// Writes a record as canonical UTF-8 JSON to the caller's buffer, such as an
    /// <see cref="ArrayBufferWriter{T}"/> reused from one record to the next or a <c>PipeWriter</c>:
    /// nothing of the size of the document is allocated.
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="utf8Json">The buffer to append to.</param>
    /// <param name="value">The record.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The record holds a value the reader would refuse; the message starts with its JSON path. Part of the document may already have been written to the buffer.</exception>
    public static void Serialize<T>(IBufferWriter<byte> utf8Json, T value)
        where T : class, IDiplomaticRecord
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(value);
        EventWriter.Write(utf8Json, value, SharedOptions);
    }

    /// <summary>Writes a record as canonical UTF-8 JSON to a stream.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="utf8Json">The stream to write to; it is not closed.</param>
    /// <param name="value">The record.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the record is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The record holds a value the reader would refuse; the message starts with its JSON path. Nothing has been written to the stream then: the document is written to a pooled buffer first, then to the stream in one write.</exception>
    public static async Task SerializeAsync<T>(Stream utf8Json, T value, CancellationToken cancellationToken = default)
        where T : class, IDiplomaticRecord
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(value);
        using var buffer = EventWriter.WriteToPooledBuffer(value, SharedOptions);
        await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    // One read method per input (text, UTF-8 bytes, stream), for the event and for any record type;
    // the limits are optional. Overloads that differ only by their first parameter's type cannot be
    // ambiguous, so the analyzer's rule against several overloads with optional parameters is waived here.
#pragma warning disable RS0026

    /// <summary>Reads a <see cref="DiplomaticEvent"/> from JSON text.</summary>
    /// <param name="json">The JSON text; a leading byte-order mark is skipped.</param>
    /// <param name="limits">Bounds on what is read; <see cref="ReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The event; never <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonReadException">The text is not a valid PeaceModel event, or breaks a limit; <see cref="JsonReadException.Error"/> says where and what.</exception>
    public static DiplomaticEvent Deserialize(string json, ReadLimits? limits = null) => Deserialize<DiplomaticEvent>(json, limits);

    /// <summary>Reads a <see cref="DiplomaticEvent"/> from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The UTF-8 bytes; a leading byte-order mark is skipped.</param>
    /// <param name="limits">Bounds on what is read; <see cref="ReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The event; never <see langword="null"/>.</returns>
    /// <exception cref="JsonReadException">The bytes are not a valid PeaceModel event, or break a limit; <see cref="JsonReadException.Error"/> says where and what.</exception>
    public static DiplomaticEvent Deserialize(ReadOnlySpan<byte> utf8Json, ReadLimits? limits = null) => Deserialize<DiplomaticEvent>(utf8Json, limits);

    /// <summary>Reads a <see cref="DiplomaticEvent"/> from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; it is read to its end (at most <see cref="ReadLimits.MaxDocumentBytes"/> bytes) and not closed.</param>
    /// <param name="limits">Bounds on what is read; <see cref="ReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The event; never <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonReadException">The stream does not hold a valid PeaceModel event, or breaks a limit.</exception>
    public static ValueTask<DiplomaticEvent> DeserializeAsync(Stream utf8Json, ReadLimits? limits = null, CancellationToken cancellationToken = default) =>
        DeserializeAsync<DiplomaticEvent>(utf8Json, limits, cancellationToken);

    /// <summary>Reads a record from JSON text.</summary>
    /// <typeparam name="T">The record type, such as <see cref="Actor"/> to read one actor stored on its own.</typeparam>
    /// <param name="json">The JSON text; a leading byte-order mark is skipped.</param>
    /// <param name="limits">Bounds on what is read; <see cref="ReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The record; never <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonReadException">The text is not a valid record of that type, or breaks a limit; <see cref="JsonReadException.Error"/> says where and what.</exception>
    public static T Deserialize<T>(string json, ReadLimits? limits = null)
        where T : class, IDiplomaticRecord
    {
        ArgumentNullException.ThrowIfNull(json);
        limits ??= ReadLimits.Default;
        var text = json.AsSpan();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        // UTF-16 code units never outnumber UTF-8 bytes: a text longer than the limit is refused untouched.
        LimitScanner.CheckLength(text.Length, limits);
        int length;
        try
        {
            // Counting first (vectorized) keeps the buffer at the size of the input, not three times it.
            length = Utf8.GetByteCount(text);
        }
        catch (EncoderFallbackException ex)
        {
            throw new JsonReadException(
                new ReadError { Reason = ReadErrorReason.InvalidText, Path = "$", Found = string.Create(CultureInfo.InvariantCulture, $"a lone surrogate \\u{(int)ex.CharUnknown:X4} at index {ex.Index}") },
                ex);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            Utf8.GetBytes(text, buffer);
            return EventReader.Read<T>(buffer.AsSpan(0, length), limits, SharedOptions);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a record from UTF-8 JSON.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="utf8Json">The UTF-8 bytes; a leading byte-order mark is skipped.</param>
    /// <param name="limits">Bounds on what is read; <see cref="ReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The record; never <see langword="null"/>.</returns>
    /// <exception cref="JsonReadException">The bytes are not a valid record of that type, or break a limit; <see cref="JsonReadException.Error"/> says where and what.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json, ReadLimits? limits = null)
        where T : class, IDiplomaticRecord =>
        EventReader.Read<T>(utf8Json.StartsWith(ByteOrderMark) ? utf8Json[ByteOrderMark.Length..] : utf8Json, limits ?? ReadLimits.Default, SharedOptions);

    /// <summary>Reads a record from a stream of UTF-8 JSON.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="utf8Json">The stream; it is read to its end (at most <see cref="ReadLimits.MaxDocumentBytes"/> bytes) and not closed.</param>
    /// <param name="limits">Bounds on what is read; <see cref="ReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The record; never <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonReadException">The stream does not hold a valid record of that type, or breaks a limit.</exception>
    public static async ValueTask<T> DeserializeAsync<T>(Stream utf8Json, ReadLimits? limits = null, CancellationToken cancellationToken = default)
        where T : class, IDiplomaticRecord
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        limits ??= ReadLimits.Default;
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var length = 0;
        try
        {
            int read;
            while ((read = await utf8Json.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
                LimitScanner.CheckLength(length, limits);
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, limits.MaxDocumentBytes + 1L));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            return Deserialize<T>(buffer.AsSpan(0, length), limits);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Reads a <see cref="DiplomaticEvent"/> from UTF-8 JSON without throwing on bad input: for a
    /// service that expects bad documents and would otherwise pay an exception per document. The checks,
    /// the <see cref="ReadError"/> and its message (<see cref="ReadError.ToString"/>) are those of
    /// <see cref="Deserialize(ReadOnlySpan{byte}, ReadLimits?)"/>.
    /// </summary>
    /// <param name="utf8Json">The UTF-8 bytes; a leading byte-order mark is skipped.</param>
    /// <param name="result">The event, when the bytes hold a valid one; otherwise <see langword="null"/>.</param>
    /// <param name="error">Where and what is wrong, when they do not; otherwise <see langword="null"/>.</param>
    /// <param name="limits">Bounds on what is read; <see cref="ReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the event was read.</returns>
    /// <example>
    /// <code>
    /// if (!PeaceModelJson.TryDeserialize(bytes, out var diplomaticEvent, out var error))
    /// {
    ///     logger.LogWarning("{Path}: {Reason}", error.Path, error.Reason);
    /// }
    /// </code>
    /// </example>
    public static bool TryDeserialize(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out DiplomaticEvent? result, [NotNullWhen(false)] out ReadError? error, ReadLimits? limits = null) =>
        TryDeserialize<DiplomaticEvent>(utf8Json, out result, out error, limits);

    /// <summary>Reads a record from UTF-8 JSON without throwing on bad input; see <see cref="TryDeserialize(ReadOnlySpan{byte}, out DiplomaticEvent?, out ReadError?, ReadLimits?)"/>.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="utf8Json">The UTF-8 bytes; a leading byte-order mark is skipped.</param>
    /// <param name="result">The record, when the bytes hold a valid one; otherwise <see langword="null"/>.</param>
    /// <param name="error">Where and what is wrong, when they do not; otherwise <see langword="null"/>.</param>
    /// <param name="limits">Bounds on what is read; <see cref="ReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the record was read.</returns>
    public static bool TryDeserialize<T>(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out T? result, [NotNullWhen(false)] out ReadError? error, ReadLimits? limits = null)
        where T : class, IDiplomaticRecord =>
        EventReader.TryRead(utf8Json.StartsWith(ByteOrderMark) ? utf8Json[ByteOrderMark.Length..] : utf8Json, limits ?? ReadLimits.Default, SharedOptions, out result, out error);

#pragma warning restore RS0026

    /// <summary>
    /// Returns the JSON Schema (draft 2020-12) of the format of <see cref="DiplomaticEvent"/>,
    /// generated from the types. The repository keeps a copy in <c>schema/peacemodel.schema.json</c>.
    /// </summary>
    /// <returns>The schema as indented JSON text with <c>\n</c> line endings, ending with one.</returns>
    public static string GetJsonSchema() => PeaceModelJsonSchema.Generate(SharedOptions);
}
