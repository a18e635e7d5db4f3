using System.Text.Json;
using System.Text.RegularExpressions;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;
using PeaceModel.Validation;

namespace PeaceModel.Tests.Samples;

/// <summary>
/// The JSON examples of <c>docs/modeling-guide.md</c>: each block marked <c>&lt;!-- TypeName --&gt;</c> reads
/// strictly as that type and passes its validator, so the guide cannot drift from the format.
/// </summary>
public partial class ModelingGuideTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "modeling-guide.md"));

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (Match match in Marked().Matches(Guide))
        {
            data.Add(match.Groups["type"].Value, match.Groups["json"].Value);
        }

        return data;
    }

    [Fact]
    public void TheGuide_HasAnExampleOfEachConceptOfFormat21_BothParts()
    {
        var types = Marked().Matches(Guide).Select(m => m.Groups["type"].Value).ToHashSet();

        Assert.Superset(new HashSet<string> { nameof(Vote), nameof(Commitment), nameof(Reaction), nameof(Term), nameof(MeetingPause), nameof(Meeting), nameof(Statement), nameof(SourceDocument), nameof(Quotation), nameof(Claim) }, types);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EachMarkedExample_ReadsAsItsType_AndIsValid(string typeName, string json)
    {
        var type = typeof(Actor).Assembly.GetType($"PeaceModel.{typeName}") ?? throw new InvalidOperationException($"no type {typeName}");

        var value = JsonSerializer.Deserialize(json, SerializerOptions.Create(false).GetTypeInfo(type))!;
        var result = SchemaFacets.Validators[type].Validate(new FluentValidation.ValidationContext<object>(value));

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")));
    }

    [GeneratedRegex(@"<!-- (?<type>[A-Z][A-Za-z]+) -->\n```json\n(?<json>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Marked();
}
