using System.Text;
using System.Text.Json;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Corpus;

/// <summary>Runs every input of the bad-input corpus and checks its expected outcome.</summary>
public class CorpusTests
{
    private static readonly string Folder = Path.Combine(RepositoryFiles.Root, "tests", "PeaceModel.Tests", "Corpus");

    public static TheoryData<CorpusCase> Cases => [.. Load()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Input_GivesItsExpectedOutcome(CorpusCase corpusCase)
    {
        var bytes = Read(corpusCase.Input);
        DiplomaticEvent episode;
        try
        {
            episode = PeaceModelJson.Deserialize(bytes);
        }
        catch (JsonException ex)
        {
            Assert.Equal("json", corpusCase.Outcome);
            Assert.Equal(corpusCase.Path, ex.Path);
            if (corpusCase.Line is { } line)
            {
                Assert.Equal(line, ex.LineNumber);
            }

            Assert.Contains(corpusCase.Message ?? string.Empty, ex.Message, StringComparison.Ordinal);
            return;
        }

        var result = TestData.Validator.Validate(episode, TestData.SourceTexts);
        if (corpusCase.Outcome == "valid")
        {
            Assert.True(result.IsValid, result.ToString());
            return;
        }

        Assert.Equal("invalid", corpusCase.Outcome);
        Assert.Contains(result.Errors, e => e.ErrorCode == corpusCase.Code && e.PropertyName == corpusCase.Path);
    }

    [Fact]
    public void Corpus_CoversEveryFileOfItsFolder()
    {
        var files = Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).Where(f => f != "corpus.json");

        Assert.Empty(files.Except(Load().Select(c => c.Input)));
    }

    private static List<CorpusCase> Load() =>
        JsonSerializer.Deserialize<List<CorpusCase>>(File.ReadAllText(Path.Combine(Folder, "corpus.json")), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    private static byte[] Read(string input) => input switch
    {
        "generated:nesting-100000" => Encoding.UTF8.GetBytes(new string('[', 100_000) + new string(']', 100_000)),
        "generated:nesting-100000-in-property" => Encoding.UTF8.GetBytes(RepositoryFiles.ReadSeedJson().Replace("\"title\":", "\"extra\": " + new string('[', 100_000) + new string(']', 100_000) + ",\n  \"title\":", StringComparison.Ordinal)),
        "generated:string-50mb" => Encoding.UTF8.GetBytes(RepositoryFiles.ReadSeedJson().Replace("\"Vladimir Putin\"", "\"" + new string('x', 50 * 1024 * 1024) + "\"", StringComparison.Ordinal)),
        "generated:array-1000000" => Encoding.UTF8.GetBytes(RepositoryFiles.ReadSeedJson().Replace("\"Zelenskiy\"\n      ]", "\"Zelenskiy\"" + string.Concat(Enumerable.Repeat(", \"Z\"", 1_000_000)) + "\n      ]", StringComparison.Ordinal)),
        _ => File.ReadAllBytes(Path.Combine(Folder, input)),
    };
}
