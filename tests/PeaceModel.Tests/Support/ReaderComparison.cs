using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PeaceModel.Serialization;

namespace PeaceModel.Tests.Support;

/// <summary>
/// Compares the reader of <see cref="PeaceModelJson"/> (the generated reader, then the serializer for what
/// it does not accept) with the serializer's read alone, the reader before the generated one: the same
/// record, or the same <see cref="ReadError"/> and message.
/// </summary>
internal static class ReaderComparison
{
    /// <summary>What happened to one document.</summary>
    public enum Outcome
    {
        /// <summary>The generated reader read it, and the serializer reads the same record.</summary>
        ReadByGeneratedReader,

        /// <summary>The generated reader left it to the serializer, which read it.</summary>
        ReadBySerializer,

        /// <summary>Both refused it, with the same error.</summary>
        Refused,
    }

    /// <summary>Asserts that both readers agree on <paramref name="utf8Json"/> and says how it was read.</summary>
    public static Outcome AssertSame<T>(byte[] utf8Json, ReadLimits? limits = null)
        where T : class, IDiplomaticRecord
    {
        limits ??= ReadLimits.Default;
        var options = PeaceModelJson.Options;
        var before = EventReader.TryReadWithSerializer<T>(WithoutByteOrderMark(utf8Json), limits, options, out var expected, out var expectedError);
        var now = PeaceModelJson.TryDeserialize<T>(utf8Json, out var actual, out var actualError, limits);
        Assert.True(before == now, $"The serializer {(before ? "read" : "refused")} the document, the reader {(now ? "read" : "refused")} it: {expectedError}{actualError}");

        // The throwing read says the same.
        JsonReadException? thrown = null;
        try
        {
            PeaceModelJson.Deserialize<T>(utf8Json, limits);
        }
        catch (JsonReadException ex)
        {
            thrown = ex;
        }

        if (!before)
        {
            Assert.Equal(expectedError, actualError);
            Assert.Equal(expectedError!.ToString(), actualError!.ToString());
            Assert.NotNull(thrown);
            Assert.Equal(expectedError, thrown.Error);
            Assert.Equal(expectedError.ToString(), thrown.Message);
            Assert.False(RawGeneratedRead<T>(utf8Json, limits, out _) && RawSerializerRead<T>(utf8Json) is null, "The generated reader accepted what the serializer refuses.");
            return Outcome.Refused;
        }

        Assert.Null(thrown);
        Assert.Equal(expected, actual);
        Assert.Equal(PeaceModelJson.Serialize(expected!), PeaceModelJson.Serialize(actual!));
        if (!RawGeneratedRead<T>(utf8Json, limits, out var generated))
        {
            return Outcome.ReadBySerializer;
        }

        // What the generated reader builds is what the serializer builds, before any version upgrade.
        var serialized = RawSerializerRead<T>(utf8Json);
        Assert.NotNull(serialized);
        Assert.Equal(serialized, generated);
        Assert.Equal(PeaceModelJson.Serialize(serialized), PeaceModelJson.Serialize(generated!));
        return Outcome.ReadByGeneratedReader;
    }

    /// <summary>The generated reader alone, as <see cref="EventReader"/> calls it (without a leading byte-order mark).</summary>
    public static bool RawGeneratedRead<T>(byte[] utf8Json, ReadLimits limits, out T? value)
        where T : class, IDiplomaticRecord =>
        RecordReader.TryReadDocument(WithoutByteOrderMark(utf8Json), limits, out value);

    private static T? RawSerializerRead<T>(byte[] utf8Json)
        where T : class, IDiplomaticRecord
    {
        try
        {
            return JsonSerializer.Deserialize(WithoutByteOrderMark(utf8Json), (JsonTypeInfo<T>)PeaceModelJson.Options.GetTypeInfo(typeof(T)));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ReadOnlySpan<byte> WithoutByteOrderMark(byte[] utf8Json) =>
        utf8Json.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? utf8Json.AsSpan(3) : utf8Json;
}
