using System.Text;
using CsCheck;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Properties;

/// <summary>
/// The generated reader against the serializer's read on generated documents: any event the format can
/// hold reads to the same record through the generated reader, and any damage to the bytes of a document
/// (a byte removed, added, replaced or escaped), under any limits, gives the same record or the same error.
/// </summary>
public class GeneratedReaderPropertyTests
{
    private static readonly byte[] Damage = "\"\\{}[],:0-ne \n\tA"u8.ToArray().Append((byte)0xC3).Append((byte)0xFF).ToArray();

    private static readonly ReadLimits[] Limits =
    [
        ReadLimits.Default,
        new() { MaxDepth = 4 },
        new() { MaxStringBytes = 16 },
        new() { MaxArrayLength = 1 },
        new() { MaxDocumentBytes = 2_000 },
    ];

    [Fact]
    public void AnyEvent_IsReadByTheGeneratedReader_ToWhatTheSerializerReads()
    {
        Gen.Select(Generators.AnyEvent, Gen.Int[0, Limits.Length - 1]).Sample((generated, limit) =>
        {
            byte[] json;
            try
            {
                json = PeaceModelJson.SerializeToUtf8Bytes(generated);
            }
            catch (System.Text.Json.JsonException)
            {
                return; // a lone surrogate AnyEvent may hold: not writable, so no document to read
            }

            var outcome = ReaderComparison.AssertSame<DiplomaticEvent>(json, Limits[limit]);
            if (limit == 0)
            {
                Assert.Equal(ReaderComparison.Outcome.ReadByGeneratedReader, outcome);
            }
        });
    }

    [Fact]
    public void AnyDamageToTheSeed_GivesTheSameRecordOrTheSameError()
    {
        var seed = Encoding.UTF8.GetBytes(RepositoryFiles.ReadSeedJson());
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, seed.Length - 1], Gen.Int[0, Damage.Length - 1], Gen.Int[0, Limits.Length - 1]).Sample(
            (operation, at, pick, limit) =>
            {
                var damaged = operation switch
                {
                    0 => [.. seed[..at], .. seed[(at + 1)..]],
                    1 => [.. seed[..at], Damage[pick], .. seed[at..]],
                    2 => [.. seed[..at], Damage[pick], .. seed[(at + 1)..]],
                    _ => Escape(seed, at),
                };
                ReaderComparison.AssertSame<DiplomaticEvent>(damaged, Limits[limit]);
            },
            iter: 400);
    }

    /// <summary>The byte at <paramref name="at"/> written as a <c>\u</c> escape when it is a letter (inside a name or a text, or breaking a literal).</summary>
    private static byte[] Escape(byte[] json, int at) =>
        json[at] is >= (byte)'a' and <= (byte)'z'
            ? [.. json[..at], .. Encoding.ASCII.GetBytes($"\\u{json[at]:x4}"), .. json[(at + 1)..]]
            : json;
}
