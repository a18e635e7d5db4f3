using PeaceModel.Analysis;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;
using PeaceModel.Validation;

namespace PeaceModel.Tests;

/// <summary>Reads, writes, validations and analyses on many threads at once, sharing one validator and the serializer's options.</summary>
public class ConcurrencyTests
{
    [Fact]
    public void ManyThreads_ShareTheValidatorAndOptions_AndEveryResultIsRight()
    {
        var json = RepositoryFiles.ReadSeedJson();
        var broken = json.Replace("\"speakerId\": \"putin\"", "\"speakerId\": \"putn\"", StringComparison.Ordinal);
        var expectedAnalysis = EpisodeAnalysis.Analyze(TestData.Seed);
        var validator = new DiplomaticEventValidator();
        var failures = 0;

        Parallel.For(0, 4_000, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            var ok = (i % 4) switch
            {
                0 => PeaceModelJson.Deserialize(json) == TestData.Seed,
                1 => PeaceModelJson.Serialize(TestData.Seed) == json,
                2 => validator.Validate(PeaceModelJson.Deserialize(i % 8 == 2 ? broken : json), TestData.SourceTexts) is var result
                     && result.IsValid == (i % 8 != 2)
                     && (result.IsValid || result.Errors.All(e => e.ErrorCode == ErrorCodes.UnknownReference)),
                _ => EpisodeAnalysis.Analyze(TestData.Seed) == expectedAnalysis,
            };
            if (!ok)
            {
                Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
    }
}
