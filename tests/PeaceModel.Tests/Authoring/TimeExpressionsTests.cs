using PeaceModel.Authoring;
using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Authoring;

/// <summary>The time expressions of the reports, resolved against the right anchor and in the direction the tense gives.</summary>
public class TimeExpressionsTests
{
    [Theory]
    [InlineData("seeds/000_f59af2df9e05eeb5.txt", "Thursday", "2025-05-15")] // "negotiations could begin as early as Thursday": ahead
    [InlineData("seeds/000_f59af2df9e05eeb5.txt", "on Saturday", "2025-05-10")] // "European leaders, who on Saturday … urged": before the report
    [InlineData("seeds/000_f59af2df9e05eeb5.txt", "tomorrow", "2025-05-12")]
    [InlineData("episodes/port-amrel-ceasefire-2026-04-14.txt", "from 06:00 local time on Thursday", "2026-04-16 06:00")]
    [InlineData("episodes/port-amrel-ceasefire-2026-04-14.txt", "within seven days", "2026-04-21")]
    [InlineData("episodes/port-amrel-ceasefire-2026-04-14.txt", "second half of May", "2026-05-16..2026-05-31")]
    [InlineData("episodes/dravia-corridor-withdrawn-2026-06-03.txt", "Five days later", "2026-05-25")] // counted from "May 20", not from the report
    [InlineData("episodes/dravia-corridor-withdrawn-2026-06-03.txt", "midnight on Sunday", "2026-05-31 24:00")]
    [InlineData("episodes/dravia-corridor-withdrawn-2026-06-03.txt", "on Tuesday", "2026-06-02")] // "appealed … on Tuesday": past
    [InlineData("episodes/sorrel-ultimatum-2026-08-21.txt", "at 18:00 on Sunday", "2026-08-23 18:00")] // "the deadline runs out at 18:00 on Sunday": ahead
    [InlineData("episodes/port-amrel-breach-claims-2026-04-20.txt", "last Tuesday", "2026-04-14")]
    [InlineData("episodes/port-amrel-breach-claims-2026-04-20.txt", "on Tuesday", "2026-04-21")] // "would visit both villages on Tuesday": ahead
    [InlineData("episodes/halvard-declaration-2026-09-12.txt", "by March 2027", "2027-03")]
    [InlineData("episodes/aramor-quell-call-2026-10-05.txt", "on Sunday evening", "2026-10-04 evening")]
    [InlineData("episodes/aramor-quell-call-2026-10-05.txt", "in the coming weeks", "after 2026-10-05")]
    public void Find_ResolvesTheExpression(string report, string wording, string expected)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Root, report));
        var reportDate = DateOnly.Parse(text.Split(' ', 4)[2], System.Globalization.CultureInfo.InvariantCulture);

        var found = TimeExpressions.Find(text, reportDate).First(d => d.Text == wording);

        Assert.Equal(expected, Describe(found.Date!));
        Assert.Equal(wording, found.Date!.Text);
        Assert.Equal(wording, text.Substring(found.Start, wording.Length));
    }

    [Fact]
    public void Find_WhatCannotBeDecided_KeepsItsWordingWithoutADay()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "episodes", "dravia-corridor-withdrawn-2026-06-03.txt"));

        var withinHours = TimeExpressions.Find(text, new DateOnly(2026, 6, 3)).Single(d => d.Text == "within hours");

        Assert.Null(withinHours.Date);
    }

    [Theory]
    [InlineData("Both sides are busy drafting texts these days, the envoy said.", "these days")]
    public void Find_VaguePlural_Spans_AreUndecided(string text, string wording)
    {
        var found = Assert.Single(TimeExpressions.Find(text, new DateOnly(2026, 3, 18)));

        Assert.Equal((wording, null), (found.Text, found.Date));
    }

    [Theory]
    [InlineData("The council vetoed a draft resolution on 25 Feb that would have condemned the attack.", "25 Feb", "2026-02-25")] // a day-first abbreviated month needs no number after it
    [InlineData("Valdora makes proposals\n\n11 Feb, 2016\n\nThe minister spoke.", "11 Feb, 2016", "2016-02-11")]
    [InlineData("The council failed to adopt a draft resolution on Friday that would have demanded a ceasefire.", "on Friday", "2026-03-13")] // "failed", "would have": the past
    public void Find_DatesSeenOnHeldOutSet2_Resolve(string text, string wording, string expected)
    {
        var found = TimeExpressions.Find(text, new DateOnly(2026, 3, 18)).Single(d => d.Text == wording);

        Assert.Equal(expected, Describe(found.Date!));
    }

    [Fact]
    public void Find_InTheSameWeek_IsUndecided()
    {
        var found = Assert.Single(TimeExpressions.Find("In its third meeting in the same week, the council voted.", new DateOnly(2026, 3, 18)));

        Assert.Equal(("in the same week", null), (found.Text, found.Date));
    }

    [Fact]
    public void Find_NoLaterThan_IsNoTimeExpression_ButItsDateIs()
    {
        var found = Assert.Single(TimeExpressions.Find("The talks would resume no later than Feb. 25, the envoy said.", new DateOnly(2026, 3, 18)));

        Assert.Equal("Feb. 25", found.Text);
    }

    [Theory]
    [InlineData("The talks were set for June 31.")]
    [InlineData("The talks were set for May 0.")]
    [InlineData("The text is dated March 0000.")]
    public void Find_ADayThatDoesNotExist_KeepsItsWordingWithoutADay_InsteadOfFailing(string text)
    {
        var found = Assert.Single(TimeExpressions.Find(text, new DateOnly(2026, 6, 3)));

        Assert.Null(found.Date);
    }

    [Fact]
    public void Find_TheModalMay_IsNoMonth()
    {
        Assert.Empty(TimeExpressions.Find("We cannot say where we may build.", new DateOnly(2026, 9, 12)));
    }

    /// <summary>Report date of the invented fixtures below: Wednesday 18 March 2026.</summary>
    private static readonly DateOnly Wednesday = new(2026, 3, 18);

    [Theory]
    [InlineData("The envoy landed in Valdora at 5:25 pm and left at once.", "at 5:25 pm", "2026-03-18 17:25")]
    [InlineData("The vote was called at 4:54 p.m. after a long debate.", "at 4:54 p.m.", "2026-03-18 16:54")]
    [InlineData("The line went quiet at 12:10 am, the monitors said.", "at 12:10 am", "2026-03-18 00:10")]
    [InlineData("The ministers met on Monday at 10 a.m. in the old palace.", "on Monday at 10 a.m.", "2026-03-16 10:00")]
    [InlineData("Guns fell silent at 1400 GMT, the mission said.", "at 1400 GMT", "2026-03-18 14:00 Z")]
    public void Find_ATwelveHourClockTime_KeepsItsHalfOfTheDay(string text, string wording, string expected)
    {
        var found = Assert.Single(TimeExpressions.Find(text, Wednesday), d => d.Date?.Time is not null);

        Assert.Equal((wording, expected), (found.Text, Describe(found.Date!) + (found.Date!.TimeZone is { } zone ? " " + zone : string.Empty)));
    }

    [Fact]
    public void Find_ABareClockTime_TakesTheDayOfItsOwnSentence_NotADeadlineNamedBefore()
    {
        const string text = "The ultimatum runs out on March 25. On Monday the Lorian foreign ministry said at 14:00 that it would answer.";

        var clock = Assert.Single(TimeExpressions.Find(text, Wednesday), d => d.Date?.Time is not null);

        Assert.Equal("2026-03-16 14:00", Describe(clock.Date!));
    }

    [Fact]
    public void Find_AClockTimeInASentenceWithoutADay_IsOnTheReportsDay()
    {
        const string text = "The ultimatum runs out on March 25. The ministry answered at 14:00.";

        var clock = Assert.Single(TimeExpressions.Find(text, Wednesday), d => d.Date?.Time is not null);

        Assert.Equal("2026-03-18 14:00", Describe(clock.Date!));
    }

    [Theory]
    [InlineData("The accord was signed on 14 March 2026 in Valdora.", "14 March 2026", "2026-03-14")]
    [InlineData("VALDORA, Sunday 15 March 2026 - The talks went on.", "Sunday 15 March 2026", "2026-03-15")]
    [InlineData("Posted Aug. 14, 2017 by the desk.", "Aug. 14, 2017", "2017-08-14")]
    [InlineData("Apr 28, 2017 08:08 PM IST | Source: wires", "Apr 28, 2017 08:08 PM IST", "2017-04-28 20:08")]
    [InlineData("Updated: 3 Mar 2022 13:47", "3 Mar 2022 13:47", "2022-03-03 13:47")]
    [InlineData("Wires | Updated: 29-04-2024 12:43 IST", "29-04-2024 12:43 IST", "2024-04-29 12:43")]
    [InlineData("VALDORA, March 3 - The talks went on.", "March 3", "2026-03-03")]
    public void Find_ADateWrittenOut_IsADay_InWhateverOrderItIsWritten(string text, string wording, string expected)
    {
        var found = TimeExpressions.Find(text, Wednesday).First();

        Assert.Equal((wording, expected), (found.Text, Describe(found.Date!)));
    }

    [Theory]
    [InlineData("On Sunday, the two foreign ministers met in Valdora and agreed on a truce.", "On Sunday", "2026-03-15")]
    [InlineData("The delegations held a first round of talks on Thursday.", "on Thursday", "2026-03-12")]
    [InlineData("The delegations will hold a second round of talks on Thursday.", "on Thursday", "2026-03-19")]
    [InlineData("The mission was deployed in September, the council said.", "in September", "2025-09")]
    [InlineData("The envoy first visited Valdora last June.", "last June", "2025-06")]
    public void Find_AWeekdayOrAMonthInAPastTenseSentence_ResolvesBackwards(string text, string wording, string expected)
    {
        var found = TimeExpressions.Find(text, Wednesday).Single();

        Assert.Equal((wording, expected), (found.Text, Describe(found.Date!)));
    }

    [Theory]
    [InlineData("The talks began on Monday. The preceding day, the envoys had met in secret.", "The preceding day", "2026-03-15")]
    [InlineData("The talks began on Monday. A day earlier, the envoys had met in secret.", "A day earlier", "2026-03-15")]
    [InlineData("The talks began on Monday. Minutes later, the shelling resumed.", "Minutes later", "2026-03-16")]
    [InlineData("The ministry had warned earlier this month that talks could fail.", "earlier this month", "2026-03")]
    [InlineData("The envoy met the rebels last week.", "last week", "undecided")]
    [InlineData("The envoy has recently met the rebels.", "recently", "before 2026-03-18")] // a bound of the report's day
    [InlineData("The next days will tell whether the talks are serious.", "The next days", "after 2026-03-18")]
    [InlineData("The envoy met the rebels, and later the army chiefs.", "later", "undecided")]
    [InlineData("The two sides agreed two days ago to resume talks.", "two days ago", "2026-03-16")]
    [InlineData("The war began in 2022 and the talks in late 2025.", "in 2022", "2022")]
    [InlineData("Hours before the vote, the text was changed.", "Hours before", "undecided")]
    [InlineData("The envoys will meet again in three-four weeks' time.", "in three-four weeks' time", "undecided")]
    public void Find_ARelativeExpression_IsListed_AndResolvedWhereTheTextFixesTheDay(string text, string wording, string expected)
    {
        var found = TimeExpressions.Find(text, Wednesday).Single(d => d.Text == wording);

        Assert.Equal(expected, found.Date is null ? "undecided" : Describe(found.Date));
    }

    private static string Describe(EventDate date) => date switch
    {
        { End: { } end } => $"{Day(date.Value)}..{Day(end)}",
        { Granularity: DateGranularity.Year } => date.Value.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
        { Granularity: DateGranularity.Month } => date.Value.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        { Modifier: DateModifier.After } => "after " + Day(date.Value),
        { Modifier: DateModifier.Before } => "before " + Day(date.Value),
        { Time: { } time } => $"{Day(date.Value)} {time:HH\\:mm}",
        { EndOfDay: true } => $"{Day(date.Value)} 24:00",
        { PartOfDay: { } part } => $"{Day(date.Value)} {part.ToString().ToLowerInvariant()}",
        _ => Day(date.Value),
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
