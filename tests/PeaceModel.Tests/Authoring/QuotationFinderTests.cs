using PeaceModel.Authoring;
using PeaceModel.Tests.Episodes;

namespace PeaceModel.Tests.Authoring;

public class QuotationFinderTests
{
    private static readonly string Text = Episode.Get(PortAmrelModel.Name).Text;

    [Fact]
    public void Find_APassageThatStandsOnce_GivesTheQuotationTheModelHolds()
    {
        var expected = Episode.Get(PortAmrelModel.Name).Model.Statements.Single(s => s.Id == "celik-remarks").Quotations[0];

        Assert.Equal(expected, QuotationFinder.Find(Text, "a floor, not a ceiling"));
    }

    [Fact]
    public void Find_EveryQuotationOfEveryModeledReport_IsFoundWhereTheModelHasIt()
    {
        foreach (var name in Episode.AllNames)
        {
            var episode = Episode.Get(name);
            foreach (var quotation in episode.Model.Statements.SelectMany(s => s.Quotations))
            {
                var occurrences = CountOf(episode.Text, quotation.Text);
                var occurrence = occurrences == 1 ? (int?)null : CountOf(episode.Text[..quotation.Start], quotation.Text) + 1;
                Assert.Equal(quotation, QuotationFinder.Find(episode.Text, quotation.Text, occurrence));
            }
        }
    }

    [Fact]
    public void Find_AnAmbiguousPassage_IsRefusedNamingWhereItStands()
    {
        var ex = Assert.Throws<ArgumentException>(() => QuotationFinder.Find(Text, "Rask"));

        Assert.Contains("stands 3 times in the text (at 585, 1049, 1269)", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1049, QuotationFinder.Find(Text, "Rask", occurrence: 2).Start);
    }

    [Fact]
    public void Find_AnAbsentPassage_IsRefused_WithAHintAboutLetterCaseOrQuotationMarks()
    {
        Assert.Contains("other letter case", Assert.Throws<ArgumentException>(() => QuotationFinder.Find(Text, "A FLOOR, not a ceiling")).Message, StringComparison.Ordinal);
        Assert.Contains("curly", Assert.Throws<ArgumentException>(() => QuotationFinder.Find(Text, "Keldor's delegation")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => QuotationFinder.Find(Text, "Rask", occurrence: 4));
        Assert.Throws<ArgumentException>(() => QuotationFinder.Find(Text, string.Empty));
    }

    private static int CountOf(string text, string passage)
    {
        var count = 0;
        for (var at = text.IndexOf(passage, StringComparison.Ordinal); at >= 0; at = text.IndexOf(passage, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
