using System.Buffers;
using System.Text.Json;
using CommunityToolkit.HighPerformance.Buffers;

namespace PeaceModel.Serialization;

/// <summary>How <see cref="PeaceModelJson"/> writes: the generated writer (<see cref="RecordWriter"/>) through a <see cref="Utf8JsonWriter"/> with the options' settings, to the caller's buffer or a pooled one; a refusal explained with its path.</summary>
internal static class EventWriter
{
    /// <summary>The size of the pooled buffer a write starts with; it grows from the pool, so a large document causes no large-object-heap churn, and no state is shared between calls.</summary>
    private const int InitialSize = 16 * 1024;

    /// <summary>
    /// Every write ends here: the generated writer writes to <paramref name="destination"/> with the writer
    /// settings of <paramref name="options"/>; a refusal is explained with its JSON path.
    /// </summary>
    internal static void Write<T>(IBufferWriter<byte> destination, T value, JsonSerializerOptions options)
        where T : class, IDiplomaticRecord
    {
        // The generated code writes well-formed JSON by construction, so the writer's own checks are skipped.
        using var writer = new Utf8JsonWriter(destination, WriterOptionsOf(options) with { SkipValidation = true });
        try
        {
            RecordWriter.WriteDocument(writer, value);
        }
        catch (JsonException ex)
        {
            throw WriteCheck.Explain(value, typeof(T), options, ex);
        }
    }

    /// <summary>
    /// Writes to a buffer rented from <see cref="ArrayPool{T}.Shared"/>, so that the only allocation of
    /// the size of the document is the caller's result (the array or the string made from the buffer),
    /// and large documents cause no large-object-heap churn. Dispose the buffer to return it.
    /// </summary>
    internal static ArrayPoolBufferWriter<byte> WriteToPooledBuffer<T>(T value, JsonSerializerOptions options)
        where T : class, IDiplomaticRecord
    {
        var buffer = new ArrayPoolBufferWriter<byte>(InitialSize);
        try
        {
            Write(buffer, value, options);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }

        return buffer;
    }

    /// <summary>The writer settings the serializer itself derives from <paramref name="options"/>, for writing through a <see cref="Utf8JsonWriter"/> of ours.</summary>
    internal static JsonWriterOptions WriterOptionsOf(JsonSerializerOptions options) => new()
    {
        Encoder = options.Encoder,
        Indented = options.WriteIndented,
        IndentCharacter = options.IndentCharacter,
        IndentSize = options.IndentSize,
        NewLine = options.NewLine,
        MaxDepth = options.MaxDepth,
    };
}
