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

    private static string Describe(EventDate date) => date switch
    {
        { End: { } end } => $"{Day(date.Value)}..{Day(end)}",
        { Granularity: DateGranularity.Month } => date.Value.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        { Modifier: DateModifier.After } => "after " + Day(date.Value),
        { Time: { } time } => $"{Day(date.Value)} {time:HH\\:mm}",
        { EndOfDay: true } => $"{Day(date.Value)} 24:00",
        { PartOfDay: { } part } => $"{Day(date.Value)} {part.ToString().ToLowerInvariant()}",
        _ => Day(date.Value),
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
