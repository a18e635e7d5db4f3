using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using PeaceModel.Kinds;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Serialization;

/// <summary>
/// The reader generated from the record declarations (<see cref="RecordReader"/>) reads what the serializer
/// reads, to the same record, and refuses what it refuses, with the same error: its contracts are the
/// serializer's, every record type has one, and the bad-input mutations of the schema tests give the same
/// result or the same <see cref="ReadError"/> as the serializer's read alone.
/// </summary>
public class RecordReaderTests
{
    [Fact]
    public void GeneratedContracts_AreTheSerializersContracts()
    {
        var contracts = RecordReader.GeneratedContracts().ToList();
        Assert.NotEmpty(contracts);
        foreach (var (type, names, required) in contracts)
        {
            if (type.IsEnum)
            {
                Assert.Equal(ContractNames.EnumNamesFromSerializer(type), names);
                Assert.Equal(names, ContractNames.EnumNames(type));
                continue;
            }

            var info = PeaceModelJson.Options.GetTypeInfo(type);
            Assert.Equal(info.Properties.Select(p => p.Name), names);
            Assert.Equal(info.Properties.Where(p => p.IsRequired).Select(p => p.Name), required);
        }
    }

    [Fact]
    public void GeneratedJsonNames_AreTheSerializersNames_ForEveryPropertyOfEveryRecord()
    {
        var checkedNames = 0;
        foreach (var (type, _, _) in RecordReader.GeneratedContracts().Where(c => !c.Type.IsEnum))
        {
            foreach (var property in PeaceModelJson.Options.GetTypeInfo(type).Properties)
            {
                var member = Assert.IsAssignableFrom<System.Reflection.MemberInfo>(property.AttributeProvider);
                Assert.Equal(property.Name, RecordReader.JsonNameOf(type, member.Name));
                Assert.Equal(ContractNames.FromSerializer(type, member.Name), ContractNames.Of(type, member.Name));
                checkedNames++;
            }

            Assert.Null(RecordReader.JsonNameOf(type, "NoSuchProperty"));
        }

        Assert.True(checkedNames > 100, $"only {checkedNames} names compared");
        Assert.Null(RecordReader.JsonNameOf(typeof(string), "Length"));
    }

    [Fact]
    public void GeneratedContracts_CoverEveryRecordAndEnumTheFormatHolds()
    {
        var generated = RecordReader.GeneratedContracts().Select(c => c.Type).ToHashSet();
        var model = typeof(DiplomaticEvent).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(DiplomaticEvent).Namespace && t.IsPublic && (t.IsEnum || (t.IsClass && !t.IsAbstract && t.GetProperties().Any(p => p.SetMethod is not null))))
            .Where(t => PeaceModelJson.Options.TryGetTypeInfo(t, out _));
        Assert.Empty(model.Where(t => !generated.Contains(t)).Select(t => t.Name));
    }

    [Fact]
    public void EveryValue_IsReadByGeneratedCode_SoTheLimitsAreCheckedInTheSamePass()
    {
        // A type the generator does not know is read through the serializer, correctly but slower, and with a
        // second pass for the limits; teach the generator (PeaceModel.Generators) the new type.
        Assert.Empty(RecordReader.SerializerReadTypes());
        Assert.True(RecordReader.ChecksAllLimits);
    }

    [Fact]
    public void EveryExampleDocument_IsReadByTheGeneratedReader_ToWhatTheSerializerReads()
    {
        foreach (var path in RepositoryFiles.ExampleDocumentPaths)
        {
            Assert.Equal(ReaderComparison.Outcome.ReadByGeneratedReader, ReaderComparison.AssertSame<DiplomaticEvent>(File.ReadAllBytes(path)));
        }
    }

    [Fact]
    public void EveryRecordOfTheSeed_ReadOnItsOwn_IsReadByTheGeneratedReader()
    {
        var compare = typeof(RecordReaderTests).GetMethod(nameof(CompareRecord), BindingFlags.NonPublic | BindingFlags.Static)!;
        var types = new HashSet<Type>();
        foreach (var kind in RecordKinds.All)
        {
            foreach (var record in kind.GetRecords(TestData.Seed))
            {
                types.Add(record.GetType());
                var outcome = (ReaderComparison.Outcome)compare.MakeGenericMethod(record.GetType()).Invoke(null, [record])!;
                Assert.Equal(ReaderComparison.Outcome.ReadByGeneratedReader, outcome);
            }
        }

        Assert.True(types.Count >= 7, $"the seed holds records of {types.Count} types");
    }

    [Theory]
    [InlineData(3, 262_144, 10_000, 16_777_216)]
    [InlineData(64, 12, 10_000, 16_777_216)]
    [InlineData(64, 262_144, 2, 16_777_216)]
    [InlineData(64, 262_144, 10_000, 5_000)]
    [InlineData(5, 200, 20, 16_777_216)]
    public void ALimitTheSeedBreaks_IsRefusedWithTheSerializersError(int depth, int stringBytes, int arrayLength, int documentBytes)
    {
        var limits = new ReadLimits { MaxDepth = depth, MaxStringBytes = stringBytes, MaxArrayLength = arrayLength, MaxDocumentBytes = documentBytes };
        var seed = Encoding.UTF8.GetBytes(RepositoryFiles.ReadSeedJson());

        Assert.Equal(ReaderComparison.Outcome.Refused, ReaderComparison.AssertSame<DiplomaticEvent>(seed, limits));
        Assert.False(ReaderComparison.RawGeneratedRead<DiplomaticEvent>(seed, limits, out _));
    }

    [Theory]
    [InlineData("\"id\"", "\"\\u0069d\"")]
    [InlineData("\"kind\": \"person\"", "\"kind\": \"p\\u0065rson\"")]
    [InlineData("\"value\": \"2025-05-15\"", "\"value\": \"2025\\u002d05-15\"")]
    public void AnEscapedForm_TheGeneratedReaderLeavesToTheSerializer_ReadsTheSame(string written, string escaped)
    {
        var seed = RepositoryFiles.ReadSeedJson();
        var at = seed.IndexOf(written, StringComparison.Ordinal);
        Assert.True(at >= 0, written);
        var json = Encoding.UTF8.GetBytes(seed[..at] + escaped + seed[(at + written.Length)..]);

        Assert.Equal(ReaderComparison.Outcome.ReadBySerializer, ReaderComparison.AssertSame<DiplomaticEvent>(json));
    }

    [Fact]
    public void EveryMutationOfTheSchemaTests_GivesTheSameRecordOrTheSameError()
    {
        var outcomes = new Dictionary<ReaderComparison.Outcome, int>();
        foreach (var mutation in SchemaDifferentialTests.Mutations())
        {
            var outcome = ReaderComparison.AssertSame<DiplomaticEvent>(Encoding.UTF8.GetBytes(mutation.Json));
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        // Mutations that break a business rule are well-formed documents: the generated reader reads them.
        Assert.True(outcomes.GetValueOrDefault(ReaderComparison.Outcome.ReadByGeneratedReader) > 100, string.Join(", ", outcomes));
        Assert.True(outcomes.GetValueOrDefault(ReaderComparison.Outcome.Refused) > 100, string.Join(", ", outcomes));
    }

    [Fact]
    public void TheDocumentNode_WithEachPropertyRepeated_IsRefusedAsTheSerializerRefusesIt()
    {
        var seed = JsonNode.Parse(RepositoryFiles.ReadSeedJson())!.AsObject();
        foreach (var (name, _) in seed.ToList())
        {
            var text = seed.ToJsonString();
            var json = Encoding.UTF8.GetBytes(text[..^1] + $",\"{name}\":null}}");
            Assert.Equal(ReaderComparison.Outcome.Refused, ReaderComparison.AssertSame<DiplomaticEvent>(json));
        }
    }

    private static ReaderComparison.Outcome CompareRecord<T>(T record)
        where T : class, IDiplomaticRecord =>
        ReaderComparison.AssertSame<T>(PeaceModelJson.SerializeToUtf8Bytes(record));
}
