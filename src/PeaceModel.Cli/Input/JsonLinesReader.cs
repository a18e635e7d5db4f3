using System.Buffers;

namespace PeaceModel.Cli.Input;

/// <summary>
/// Splits a stream into lines of UTF-8 bytes without decoding them, reusing one buffer: memory stays
/// flat whatever the size of the stream. A line longer than the limit is skipped and reported.
/// </summary>
internal sealed class JsonLinesReader : IDisposable
{
    private readonly Stream stream;
    private readonly int maxLineBytes;
    private byte[] buffer;
    private int start;
    private int end;
    private bool endOfStream;

    public JsonLinesReader(Stream stream, int maxLineBytes)
    {
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
    public async ValueTask<ReadOnlyMemory<byte>?> ReadLineAsync(CancellationToken cancellationToken)
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
