using System.Globalization;
using System.Text;
using PeaceModel.Analysis;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;
using PeaceModel.Tests.Validation;
using PeaceModel.Text;

namespace PeaceModel.Tests;

/// <summary>
/// Everything the library writes for people or machines reads the same in every culture: the Thai
/// Buddhist calendar, German digit grouping and Arabic text are set as the current culture (and UI
/// culture, which FluentValidation's default messages follow), and the output must equal the output
/// under the invariant culture, byte for byte.
/// </summary>
public class CultureTests
{
    public static TheoryData<string> Cultures => ["th-TH", "de-DE", "ar-SA", "sv-SE"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EveryOutput_IsTheSameAsUnderTheInvariantCulture(string culture)
    {
        var expected = InCulture(CultureInfo.InvariantCulture, Outputs);

        var actual = InCulture(CultureInfo.GetCultureInfo(culture), Outputs);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Outputs_HoldDatesAndGroupedNumbers_SoTheTestCanFail()
    {
        var text = InCulture(CultureInfo.InvariantCulture, Outputs);

        Assert.Contains("2025-05-15", text, StringComparison.Ordinal);
        Assert.Contains("1,000", text, StringComparison.Ordinal);
    }

    private static string Outputs()
    {
        var seed = TestData.Seed;
        var text = new StringBuilder();
        text.AppendLine(PeaceModelJson.Serialize(seed));
        text.AppendLine(PeaceModelJson.GetJsonSchema());
        var analysis = EpisodeAnalysis.Analyze(seed);
        text.AppendLine(AnalysisText.StatusTable(analysis)).AppendLine(AnalysisText.Timeline(analysis));
        text.AppendLine(GraphText.ToDot(EpisodeGraph.Build(seed))).AppendLine(GraphText.ToMermaid(EpisodeGraph.Build(seed)));
        foreach (var variant in SeedVariants.All)
        {
            foreach (var failure in TestData.Validator.Validate(variant.Damage(seed), TestData.SourceTexts).Errors)
            {
                text.AppendLine($"{failure.PropertyName}: {failure.ErrorCode}: {failure.ErrorMessage}");
            }
        }

        var draft = PeaceModel.Authoring.ReportDrafter.Draft("VALDORA, 14 March 2026 (Wires) - “We are ready,” Foreign Minister Ivo Rask said on Monday at 5:25 pm. The Keldor foreign ministry said on 12-03-2026 it would consider the offer.", new PeaceModel.Authoring.DraftOptions());
        text.AppendLine(PeaceModelJson.Serialize(draft.Event));
        foreach (var date in draft.Dates)
        {
            text.AppendLine(date.Date is { } resolved ? EventText.Date(resolved) : date.Text);
        }

        var withoutDate = seed with { Date = null! };
        text.AppendLine(TestData.Validator.Validate(withoutDate).ToString());
        var json = PeaceModelJson.Serialize(seed);
        text.AppendLine(Message(() => PeaceModelJson.Deserialize(json, ReadLimits.Default with { MaxStringBytes = 50 })));
        text.AppendLine(Message(() => PeaceModelJson.Deserialize(json.Replace("\"2025-05-15\"", "\"2025-02-30\"", StringComparison.Ordinal))));
        text.AppendLine(Message(() => PeaceModelJson.Deserialize(json.Replace("\"start\": 585", "\"start\": -1.5", StringComparison.Ordinal))));
        text.AppendLine(Message(() => PeaceModelJson.Deserialize(new string(' ', 2_000), ReadLimits.Default with { MaxDocumentBytes = 1_000 })));
        return text.ToString();
    }

    private static string Message(Action read) => Assert.Throws<JsonReadException>(read).Message;

    private static string InCulture(CultureInfo culture, Func<string> action)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
