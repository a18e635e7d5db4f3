using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PeaceModel.Serialization;

namespace PeaceModel.Tests.Support;

/// <summary>
/// Compares the writer of <see cref="PeaceModelJson"/> (the generated writer) with the writer before it,
/// System.Text.Json's source-generated serializer with the format's options, kept here as the reference:
/// the same bytes for every entry point and option set, or the same refusal (message and path).
/// </summary>
internal static class WriterComparison
{
    /// <summary>The indented (canonical) options, those of <see cref="PeaceModelJson.Options"/>.</summary>
    public static JsonSerializerOptions Indented => PeaceModelJson.Options;

    /// <summary>The compact options of <see cref="PeaceModelJson.SerializeLine{T}(T)"/>.</summary>
    public static JsonSerializerOptions Compact { get; } = SerializerOptions.Create(indented: false);

    /// <summary>What the writer before the generated one wrote: the serializer, its refusal explained by <see cref="WriteCheck"/>.</summary>
    public static byte[] WriteWithSerializer<T>(T value, JsonSerializerOptions options)
        where T : class, IDiplomaticRecord
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, EventWriter.WriterOptionsOf(options)))
        {
            try
            {
                JsonSerializer.Serialize(writer, value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
            }
            catch (JsonException ex)
            {
                throw WriteCheck.Explain(value, typeof(T), options, ex);
            }
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Asserts that every write of <paramref name="value"/> (a new array: the store's canonical form; a
    /// string; a line; the caller's buffer; a stream) gives the reference's bytes, or that both refuse it
    /// with the same message and path. Returns whether it was written.
    /// </summary>
    public static bool AssertSame<T>(T value)
        where T : class, IDiplomaticRecord
    {
        byte[] indented;
        byte[] compact;
        try
        {
            indented = WriteWithSerializer(value, Indented);
            compact = WriteWithSerializer(value, Compact);
        }
        catch (JsonException expected)
        {
            AssertRefused(expected, () => PeaceModelJson.SerializeToUtf8Bytes(value));
            AssertRefused(expected, () => PeaceModelJson.Serialize(value));
            AssertRefused(expected, () => PeaceModelJson.SerializeLine(value));
            AssertRefused(expected, () => PeaceModelJson.Serialize(new ArrayBufferWriter<byte>(), value));
            AssertRefused(expected, () => PeaceModelJson.SerializeAsync(new MemoryStream(), value).GetAwaiter().GetResult());
            return false;
        }

        AssertBytes(indented, PeaceModelJson.SerializeToUtf8Bytes(value), "SerializeToUtf8Bytes (the canonical form)");
        AssertBytes(indented, Encoding.UTF8.GetBytes(PeaceModelJson.Serialize(value)), "Serialize (a string)");
        AssertBytes([.. compact, (byte)'\n'], Encoding.UTF8.GetBytes(PeaceModelJson.SerializeLine(value)), "SerializeLine (compact)");
        var buffer = new ArrayBufferWriter<byte>();
        buffer.Write("[prefix]"u8);
        PeaceModelJson.Serialize(buffer, value);
        AssertBytes([.. "[prefix]"u8, .. indented], buffer.WrittenSpan.ToArray(), "Serialize to the caller's buffer");
        using var stream = new MemoryStream();
        PeaceModelJson.SerializeAsync(stream, value).GetAwaiter().GetResult();
        AssertBytes(indented, stream.ToArray(), "SerializeAsync (a stream)");
        return true;
    }

    private static void AssertRefused(JsonException expected, Action write)
    {
        var actual = Assert.Throws<JsonException>(write);
        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal(expected.Path, actual.Path);
    }

    private static void AssertBytes(byte[] expected, byte[] actual, string what)
    {
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            var at = expected.AsSpan().CommonPrefixLength(actual);
            var from = Math.Max(0, at - 80);
            Assert.Fail(
                $"{what}: the bytes differ from the serializer's at byte {at} of {expected.Length} (written {actual.Length}).\n"
                + $"serializer: …{Encoding.UTF8.GetString(expected.AsSpan(from, Math.Min(160, expected.Length - from)))}\n"
                + $"generated:  …{Encoding.UTF8.GetString(actual.AsSpan(from, Math.Min(160, actual.Length - from)))}");
        }
    }
}
