using PeaceModel.Authoring;
using PeaceModel.Serialization;
using PeaceModel.Tests.Episodes;
using PeaceModel.Tests.Support;
using PeaceModel.Validation;
using Xunit.Abstractions;

namespace PeaceModel.Tests.Authoring;

/// <summary>
/// The drafter on the seed and every modeled report: every quoted passage found with offsets that
/// validate, the speakers found for them compared with a table written by hand, the days of the
/// statements that the reports give, and placeholders that fail validation saying what to fill in.
/// </summary>
public class ReportDrafterTests(ITestOutputHelper output)
{
    /// <summary>Who says each quoted passage, in reading order, as the report attributes it (by surname or name).</summary>
    private static readonly Dictionary<string, string[]> ExpectedSpeakers = new()
    {
        ["seeds/000_f59af2df9e05eeb5.txt"] = ["Putin", "Putin", "Zelensky", "Zelensky", "Zelensky", "Putin", "Putin", "Putin", "Trump", "Trump", "Trump", "Trump", "Trump"], // the last: ‘bloodbath’ nested in Trump's words
        ["episodes/port-amrel-ceasefire-2026-04-14.txt"] = ["Rask", "Celik", "Marwick", "Oduya"],
        ["episodes/dravia-corridor-withdrawn-2026-06-03.txt"] = ["Lind", "Lind", "Holm", "Holm"],
        ["episodes/halvard-declaration-2026-09-12.txt"] = ["Oskaria", "Vos", "Vos", "Haugen"],
        ["episodes/sorrel-ultimatum-2026-08-21.txt"] = ["Sorrel", "Dorn", "Dorn"],
        ["episodes/port-amrel-breach-claims-2026-04-20.txt"] = ["Rask", "Rask", "Varsh defence ministry", "Oduya"],
        ["episodes/aramor-quell-call-2026-10-05.txt"] = ["Aramorian presidency", "Aramorian presidency", "Quell presidency", "Adler", "Aramor"],
    };

    public static TheoryData<string> Reports => [.. ExpectedSpeakers.Keys];

    [Theory]
    [MemberData(nameof(Reports))]
    public void Draft_FindsEveryQuotedPassage_WithOffsetsThatValidate(string report)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Root, report));

        var draft = ReportDrafter.Draft(text, new DraftOptions());

        Assert.Equal(ExpectedSpeakers[report].Length, draft.Passages.Count);
        Assert.All(draft.Passages, p => Assert.Equal(p.Quotation.Text, text.Substring(p.Quotation.Start, p.Quotation.Length)));
        var result = TestData.Validator.Validate(draft.Event, new Dictionary<string, string> { [draft.Event.Sources[0].Id] = text });
        Assert.DoesNotContain(result.Errors, e => e.ErrorCode is ErrorCodes.QuotationMismatch or ErrorCodes.QuotationOutOfRange or ErrorCodes.SourceTextMismatch);
        Assert.Equal(PeaceModelJson.Deserialize(PeaceModelJson.Serialize(draft.Event)), draft.Event);
    }

    [Fact]
    public void Draft_AttributesAtLeastNinetyPercentOfThePassages_ToTheirSpeakers()
    {
        var total = 0;
        var right = 0;
        foreach (var (report, expected) in ExpectedSpeakers)
        {
            var draft = ReportDrafter.Draft(File.ReadAllText(Path.Combine(RepositoryFiles.Root, report)), new DraftOptions());
            for (var i = 0; i < expected.Length; i++)
            {
                total++;
                var found = draft.Passages[i].Speaker;
                if (found is not null && SameSpeaker(found, expected[i]))
                {
                    right++;
                }
                else
                {
                    output.WriteLine($"miss: {report} #{i + 1} \"{draft.Passages[i].Quotation.Text[..Math.Min(40, draft.Passages[i].Quotation.Length)]}\": expected {expected[i]}, found {found ?? "none (a placeholder)"}");
                }
            }
        }

        output.WriteLine($"{right} of {total} passages attributed to the right speaker ({100.0 * right / total:F1}%).");
        Assert.True(right >= 0.9 * total, $"{right} of {total}");
    }

    [Fact]
    public void Draft_FindsAQuotationNestedInSingleQuotes()
    {
        var draft = ReportDrafter.Draft(TestData.SeedText, new DraftOptions());

        var nested = draft.Passages[^1];
        Assert.Equal(("bloodbath", "Trump"), (nested.Quotation.Text, nested.Speaker)); // as the attribution around the enclosing quotation names him
        Assert.Equal('\u2018', TestData.SeedText[nested.Quotation.Start - 1]);
    }

    [Fact]
    public void Draft_ResolvesTheDaysTheReportGives_AndInfersTheRest()
    {
        var draft = ReportDrafter.Draft(Episode.Get(DraviaModel.Name).Text, new DraftOptions());

        var toParliament = draft.Event.Statements.Single(s => s.Quotations.Any(q => q.Text.StartsWith("The deadline", StringComparison.Ordinal)));
        Assert.Equal((new DateOnly(2026, 6, 1), DateBasis.Relative, "on Monday"), (toParliament.SaidOn.Value, toParliament.SaidOn.Basis, toParliament.SaidOn.Text));
        var holm = draft.Event.Statements.Single(s => s.Quotations.Any(q => q.Text.StartsWith("never received", StringComparison.Ordinal)));
        Assert.Equal(DateBasis.Inferred, holm.SaidOn.Basis);
    }

    [Fact]
    public void Draft_GroupsThePassagesOfOneUtterance_AndMatchesKnownActors()
    {
        var seed = ReportDrafter.Draft(TestData.SeedText, new DraftOptions { KnownActors = TestData.Seed.Actors });

        var putin = seed.Event.Statements[0];
        Assert.Equal(("putin", 2), (putin.SpeakerId, putin.Quotations.Count));
        Assert.Contains(seed.Event.Actors, a => a.Id == "zelensky" && a.WikidataId == "Q3874799");
    }

    [Fact]
    public void Draft_Placeholders_FailValidation_SayingWhatToFillIn()
    {
        const string text = " date 2026-04-20 Breach claims\n\nKeldor accused Varsh of shelling the line. Defence Minister Ivo Rask said the ceasefire had been broken.\n\n“Not a single shell was fired,” a statement posted online read.";
        var draft = ReportDrafter.Draft(text, new DraftOptions());

        var placeholders = TestData.Validator.Validate(draft.Event).Errors.Where(e => e.ErrorCode == ErrorCodes.DraftPlaceholder).ToList();

        Assert.Contains(placeholders, e => e.PropertyName.EndsWith(".name", StringComparison.Ordinal) && e.ErrorMessage.Contains("who said “Not a single shell was fired,”", StringComparison.Ordinal));
        Assert.Contains(placeholders, e => e.PropertyName.EndsWith(".role", StringComparison.Ordinal) && e.ErrorMessage.Contains("actsForId", StringComparison.Ordinal));
        Assert.Contains(placeholders, e => e.PropertyName == "statements[0].paraphrase");
    }

    [Fact]
    public void Draft_WithoutADateLineOrADate_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => ReportDrafter.Draft("Talks began. “We are ready,” Vos said.", new DraftOptions()));
        Assert.Equal(new DateOnly(2026, 1, 2), ReportDrafter.Draft("Talks began. “We are ready,” Vos said.", new DraftOptions { ReportDate = new DateOnly(2026, 1, 2) }).Event.Date.Value);
    }

    [Fact]
    public void Draft_ADateLineWithNoValidDate_IsRefusedSayingSo()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportDrafter.Draft(" date 2026-13-45 Talks\n\n“We are ready,” Vos said.", new DraftOptions()));

        Assert.Contains("'2026-13-45', which is no date", ex.Message, StringComparison.Ordinal);
    }

    private static bool SameSpeaker(string found, string expected) =>
        found.Equals(expected, StringComparison.OrdinalIgnoreCase)
        || found.Split(' ')[^1].Equals(expected.Split(' ')[^1], StringComparison.OrdinalIgnoreCase) && char.IsUpper(expected.Split(' ')[^1][0]);

    [Fact]
    public void Draft_NamesThePeopleTheReportGivesAnOffice_AsActorStubsWithThatOffice()
    {
        var draft = ReportDrafter.Draft(Episode.Get(DraviaModel.Name).Text, new DraftOptions());

        var feld = Assert.Single(draft.Event.Actors, a => a.Name == "Jonas Feld");
        Assert.Contains("Secretary-General", feld.Role, StringComparison.Ordinal);
        Assert.Contains(draft.Event.Actors, a => a.Name == "Oskar Lind"); // "Lind" in the attribution, "Prime Minister Oskar Lind" in the text
    }
}
