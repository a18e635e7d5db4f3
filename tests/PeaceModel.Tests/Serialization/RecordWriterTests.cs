using System.Text.Json;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Serialization;

/// <summary>
/// The generated writer (<see cref="RecordWriter"/>) against the serializer it replaced, byte for byte: the
/// seed and every modeled report, as a whole and record by record, for every entry point and option set
/// (indented, compact, the store's canonical bytes); the values the format cannot hold are refused with the
/// same message and path. Generated documents: <c>Properties/GeneratedWriterPropertyTests</c>.
/// </summary>
public class RecordWriterTests
{
    public static TheoryData<string> ExampleDocuments { get; } = [.. RepositoryFiles.ExampleDocumentPaths.Select(p => Path.GetFileName(p))];

    [Fact]
    public void EveryValue_IsWrittenByGeneratedCode()
    {
        // A type the generator does not know is written through the serializer, correctly but slower; teach
        // the generator (PeaceModel.Generators) the new type.
        Assert.Empty(RecordWriter.SerializerWriteTypes());
    }

    [Theory]
    [MemberData(nameof(ExampleDocuments))]
    public void ExampleDocument_IsWrittenAsTheSerializerWroteIt(string fileName)
    {
        var path = RepositoryFiles.ExampleDocumentPaths.Single(p => Path.GetFileName(p) == fileName);
        var document = PeaceModelJson.Deserialize(File.ReadAllBytes(path));

        Assert.True(WriterComparison.AssertSame(document));
        AssertEveryRecordOnItsOwn(document);
    }

    [Fact]
    public void Seed_AsBuiltFromItsText_IsWrittenAsTheSerializerWroteIt()
    {
        Assert.True(WriterComparison.AssertSame(TestData.Seed));
        AssertEveryRecordOnItsOwn(TestData.Seed);
    }

    [Fact]
    public void WritingConditions_AreTheSerializers()
    {
        // [JsonIgnore(Condition = WhenWritingDefault)] (end of day, time-zone basis, approximate), null optional
        // values, empty optional lists and empty required lists, a $schema written first.
        var seed = TestData.Seed;
        var date = seed.Date with { EndOfDay = true, TimeZoneBasis = DateBasis.Inferred, Time = new TimeOnly(21, 30, 5), TimeZone = "Europe/Kyiv", Text = null };
        var variants = new[]
        {
            seed with { Schema = "../schema/peacemodel.schema.json", ThreadId = "thread-1", Date = date },
            seed with { Actors = [], Statements = [], Sources = [] },
            seed with { Date = seed.Date with { EndOfDay = false, TimeZoneBasis = default } },
        };

        foreach (var variant in variants)
        {
            Assert.True(WriterComparison.AssertSame(variant));
        }

        Assert.True(WriterComparison.AssertSame(seed.Proposals[0] with { StatementIds = [] }));
    }

    [Fact]
    public void ValuesTheFormatCannotHold_AreRefusedWithTheSerializersMessageAndPath()
    {
        var seed = TestData.Seed;
        var refused = new DiplomaticEvent[]
        {
            seed with { Title = null! },
            seed with { Date = null! },
            seed with { Actors = [seed.Actors[0], seed.Actors[1] with { Kind = (ActorKind)99 }] },
            seed with { Statements = [seed.Statements[0] with { Paraphrase = "broken \uD800 text" }] },
            seed with { Title = "ends broken \uDC00" },
            seed with { Date = seed.Date with { Time = new TimeOnly(21, 30, 5, 250) } },
            seed with { Date = seed.Date with { TimeZoneBasis = (DateBasis)42 } },
        };

        foreach (var document in refused)
        {
            Assert.False(WriterComparison.AssertSame(document));
        }

        var ex = Assert.Throws<JsonException>(() => PeaceModelJson.SerializeToUtf8Bytes(refused[2]));
        Assert.Equal("$.actors[1].kind", ex.Path);
    }

    private static void AssertEveryRecordOnItsOwn(DiplomaticEvent document)
    {
        foreach (var item in document.Actors)
        {
            Assert.True(WriterComparison.AssertSame(item));
        }

        foreach (var item in document.Statements)
        {
            Assert.True(WriterComparison.AssertSame(item));
        }

        foreach (var item in document.Sources)
        {
            Assert.True(WriterComparison.AssertSame(item));
        }

        foreach (var item in document.Proposals)
        {
            Assert.True(WriterComparison.AssertSame(item));
        }

        foreach (var item in document.Conditions)
        {
            Assert.True(WriterComparison.AssertSame(item));
        }

        foreach (var item in document.Reactions)
        {
            Assert.True(WriterComparison.AssertSame(item));
        }

        foreach (var item in document.Meetings)
        {
            Assert.True(WriterComparison.AssertSame(item));
        }

        foreach (var item in document.Agreements)
        {
            Assert.True(WriterComparison.AssertSame(item));
        }

        foreach (var item in document.Claims)
        {
            Assert.True(WriterComparison.AssertSame(item));
        }

        foreach (var item in document.Incidents)
        {
            Assert.True(WriterComparison.AssertSame(item));
        }

        foreach (var item in document.Implementations)
        {
            Assert.True(WriterComparison.AssertSame(item));
        }

        foreach (var item in document.Votes)
        {
            Assert.True(WriterComparison.AssertSame(item));
        }

        foreach (var item in document.Commitments)
        {
            Assert.True(WriterComparison.AssertSame(item));
        }
    }
}
