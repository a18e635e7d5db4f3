using System.Buffers;

namespace PeaceModel.Serialization;

/// <summary>
/// Splits a JSON Lines stream (one event per line) into lines of UTF-8 bytes without decoding them,
/// reusing one pooled buffer: memory stays flat whatever the size of the stream. A line longer than the
/// limit is skipped and reported (<see cref="TooLong"/>), never buffered whole. Read each line with
/// <see cref="PeaceModelJson.Deserialize(ReadOnlySpan{byte}, ReadLimits?)"/>; the line is valid until the next call.
/// </summary>
/// <example>
/// <code>
/// using var lines = new JsonLinesReader(File.OpenRead("events.jsonl"), ReadLimits.Default.MaxDocumentBytes);
/// while (await lines.ReadLineAsync(cancellationToken) is { } line)
/// {
///     if (lines.TooLong || line.IsEmpty) { continue; }
///     var diplomaticEvent = PeaceModelJson.Deserialize(line.Span);   // JsonReadException: report lines.LineNumber
/// }
/// </code>
/// </example>
public sealed class JsonLinesReader : IDisposable
{
    private readonly Stream stream;
    private readonly int maxLineBytes;
    private byte[] buffer;
    private int start;
    private int end;
    private bool endOfStream;

    /// <summary>Creates a reader over a stream.</summary>
    /// <param name="stream">The stream; it is not disposed with the reader.</param>
    /// <param name="maxLineBytes">The longest line to return, in bytes; a longer one is skipped.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLineBytes"/> is not positive.</exception>
    public JsonLinesReader(Stream stream, int maxLineBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLineBytes);
        this.stream = stream;
        this.maxLineBytes = maxLineBytes;
        buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
    }

    /// <summary>Gets the 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Gets the number of bytes read so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Reads the next line, without its line break.</summary>
    /// <returns>The line, or <see langword="null"/> at the end of the stream. An over-long line comes back empty, with <see cref="TooLong"/> set.</returns>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async ValueTask<ReadOnlyMemory<byte>?> ReadLineAsync(CancellationToken cancellationToken = default)
    {
        var skipping = false;
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var line = buffer.AsMemory(start, newline);
                start += newline + 1;
                LineNumber++;
                if (skipping)
                {
                    TooLong = true;
                    return ReadOnlyMemory<byte>.Empty;
                }

                TooLong = false;
                return TrimCarriageReturn(line);
            }

            if (endOfStream)
            {
                if (start == end && !skipping)
                {
                    return null;
                }

                var last = buffer.AsMemory(start, end - start);
                start = end;
                LineNumber++;
                TooLong = skipping;
                return skipping ? ReadOnlyMemory<byte>.Empty : TrimCarriageReturn(last);
            }

            if (end - start >= maxLineBytes)
            {
                // Drop what is buffered of an over-long line and keep reading to its end.
                skipping = true;
                start = end;
            }

            await FillAsync(cancellationToken);
        }
    }

    /// <summary>Gets whether the line last returned was longer than the limit (and so returned empty).</summary>
    public bool TooLong { get; private set; }

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose() => ArrayPool<byte>.Shared.Return(buffer);

    private static ReadOnlyMemory<byte> TrimCarriageReturn(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(0, end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken);
        if (read == 0)
        {
            endOfStream = true;
        }

        end += read;
        BytesRead += read;
    }
}
