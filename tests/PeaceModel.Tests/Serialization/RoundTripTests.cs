using System.Buffers;
using System.Text;
using System.Text.Json;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Serialization;

public class RoundTripTests
{
    private static readonly string SeedJson = RepositoryFiles.ReadSeedJson();

    [Fact]
    public void Serialize_WhatWasRead_GivesBackTheSameText()
    {
        Assert.Equal(SeedJson, PeaceModelJson.Serialize(PeaceModelJson.Deserialize(SeedJson)));
    }

    [Fact]
    public void Serialize_IsCanonical_LfIndentedNonAsciiAsIsSchemaVersionFirst()
    {
        var json = PeaceModelJson.Serialize(TestData.Seed);

        Assert.StartsWith("{\n  \"schemaVersion\": \"2.1\",\n  \"id\": ", json, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', json);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
        Assert.Contains("never-ending \u2018bloodbath\u2019", json, StringComparison.Ordinal);
        Assert.False(json.EndsWith('\n'));
    }

    [Fact]
    public void SerializeLine_AppendedTwice_GivesTwoLinesThatEachReadBack()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, string.Empty);
            File.AppendAllText(path, PeaceModelJson.SerializeLine(TestData.Seed));
            File.AppendAllText(path, PeaceModelJson.SerializeLine(TestData.Seed with { Id = "second" }));

            var lines = File.ReadAllText(path).Split('\n');

            Assert.Equal(3, lines.Length);
            Assert.Equal(string.Empty, lines[2]); // the file ends with the second line's break
            Assert.Equal(TestData.Seed, PeaceModelJson.Deserialize(lines[0]));
            Assert.Equal(TestData.Seed with { Id = "second" }, PeaceModelJson.Deserialize(lines[1]));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Serialize_IsDeterministic()
    {
        Assert.Equal(PeaceModelJson.Serialize(TestData.Seed), PeaceModelJson.Serialize(TestData.Seed with { }));
    }

    [Fact]
    public void Deserialize_ReorderedKeys_ReadsAnEqualModel()
    {
        var reordered = JsonText.ReverseKeys(SeedJson);

        Assert.StartsWith("{\"reactions\":", reordered, StringComparison.Ordinal);
        Assert.Equal(TestData.Seed, PeaceModelJson.Deserialize(reordered));
    }

    [Fact]
    public void Deserialize_MinifiedText_ReadsAnEqualModel()
    {
        Assert.Equal(TestData.Seed, PeaceModelJson.Deserialize(JsonText.Minify(SeedJson)));
    }

    [Fact]
    public void Deserialize_UnicodeEscapedText_ReadsAnEqualModel()
    {
        var escaped = JsonText.EscapeAllStrings(SeedJson);

        Assert.Contains("\\u0073\\u0063\\u0068\\u0065\\u006D\\u0061", escaped, StringComparison.Ordinal);
        Assert.Equal(TestData.Seed, PeaceModelJson.Deserialize(escaped));
    }

    [Fact]
    public void Utf8Overloads_RoundTrip()
    {
        var bytes = PeaceModelJson.SerializeToUtf8Bytes(TestData.Seed);

        Assert.Equal(Encoding.UTF8.GetBytes(SeedJson), bytes);
        Assert.Equal(TestData.Seed, PeaceModelJson.Deserialize(bytes));
    }

    [Fact]
    public void BufferWriterOverload_AppendsTheSameBytes()
    {
        var buffer = new ArrayBufferWriter<byte>();
        buffer.Write("x"u8);

        PeaceModelJson.Serialize(buffer, TestData.Seed);
        PeaceModelJson.Serialize(buffer, TestData.Seed.Actors[0]);

        var expected = Encoding.UTF8.GetBytes("x" + SeedJson + PeaceModelJson.Serialize(TestData.Seed.Actors[0]));
        Assert.Equal(expected, buffer.WrittenSpan.ToArray());
    }

    [Fact]
    public void BufferWriterOverload_RefusesWhatWouldNotReadBack_WithItsPath()
    {
        var buffer = new ArrayBufferWriter<byte>();

        var ex = Assert.Throws<JsonException>(() => PeaceModelJson.Serialize(buffer, TestData.Seed with { Title = null! }));

        Assert.Equal("$.title", ex.Path);
    }

    [Fact]
    public void Writes_OfDifferentSizes_OneAfterTheOther_AreEachComplete()
    {
        // Each write rents a buffer sized after the one before: a larger document must still be written whole.
        var small = PeaceModelJson.SerializeToUtf8Bytes(TestData.Seed.Actors[0]);
        var large = PeaceModelJson.SerializeToUtf8Bytes(TestData.Seed);
        var smallAgain = PeaceModelJson.Serialize(TestData.Seed.Actors[0]);

        Assert.Equal(Encoding.UTF8.GetBytes(SeedJson), large);
        Assert.Equal(Encoding.UTF8.GetString(small), smallAgain);
    }

    [Fact]
    public async Task StreamOverloads_RoundTrip()
    {
        using var stream = new MemoryStream();
        await PeaceModelJson.SerializeAsync(stream, TestData.Seed);
        stream.Position = 0;

        Assert.Equal(TestData.Seed, await PeaceModelJson.DeserializeAsync(stream));
    }

    [Fact]
    public async Task DeserializeAsync_CancelledToken_ThrowsOperationCanceled()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(SeedJson));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await PeaceModelJson.DeserializeAsync(stream, cancellationToken: new CancellationToken(canceled: true)));
    }

    [Fact]
    public void EachRecordOnItsOwn_RoundTrips()
    {
        var seed = TestData.Seed;

        Assert.All(seed.Actors, RoundTrip);
        Assert.All(seed.Statements, RoundTrip);
        Assert.All(seed.Proposals, RoundTrip);
        Assert.All(seed.Conditions, RoundTrip);
        Assert.All(seed.Reactions, RoundTrip);
    }

    [Fact]
    public void Deserialize_OnlyRequiredProperties_EqualsRecordBuiltWithOnlyRequiredProperties()
    {
        // Values left out of JSON must read as the same defaults C# gives them: empty lists, first enum members.
        var json = """{"id":"a","proposerId":"b","kind":"ceasefire","summary":"c","statementIds":["d"],"terms":{}}""";
        var expected = new Proposal { Id = "a", ProposerId = "b", Kind = ProposalKind.Ceasefire, Summary = "c", StatementIds = ["d"], Terms = new Term() };

        Assert.Equal(expected, PeaceModelJson.Deserialize<Proposal>(json));
        Assert.Equal(expected.GetHashCode(), PeaceModelJson.Deserialize<Proposal>(json).GetHashCode());
        Assert.Equal(new EventDate { Value = new DateOnly(2025, 5, 11) }, PeaceModelJson.Deserialize<Statement>("""{"id":"s","speakerId":"p","saidOn":{"value":"2025-05-11"}}""").SaidOn);
    }

    [Fact]
    public void Serialize_OmitsEmptyOptionalListsAndNulls_ButKeepsRequiredOnes()
    {
        var proposal = new Proposal { Id = "a", ProposerId = "b", Kind = ProposalKind.Truce, Summary = "c", StatementIds = [], Terms = new Term() };

        Assert.Equal(
            "{\n  \"id\": \"a\",\n  \"proposerId\": \"b\",\n  \"kind\": \"truce\",\n  \"summary\": \"c\",\n  \"statementIds\": [],\n  \"terms\": {\n    \"preconditions\": \"notMentioned\"\n  }\n}",
            PeaceModelJson.Serialize(proposal));
    }

    [Fact]
    public async Task Arguments_Null_ThrowArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => PeaceModelJson.Deserialize((string)null!));
        Assert.Throws<ArgumentNullException>(() => PeaceModelJson.Serialize<DiplomaticEvent>(null!));
        Assert.Throws<ArgumentNullException>(() => PeaceModelJson.SerializeToUtf8Bytes<Actor>(null!));
        Assert.Throws<ArgumentNullException>(() => PeaceModelJson.Serialize<Actor>(null!, TestData.Seed.Actors[0]));
        Assert.Throws<ArgumentNullException>(() => PeaceModelJson.Serialize<Actor>(new ArrayBufferWriter<byte>(), null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => PeaceModelJson.DeserializeAsync(null!).AsTask());
        await Assert.ThrowsAsync<ArgumentNullException>(() => PeaceModelJson.SerializeAsync(null!, TestData.Seed));
    }

    private static void RoundTrip<T>(T record)
        where T : class, IDiplomaticRecord
    {
        var json = PeaceModelJson.Serialize(record);
        var read = PeaceModelJson.Deserialize<T>(json);

        Assert.Equal(record, read);
        Assert.Equal(json, PeaceModelJson.Serialize(read));
    }
}
