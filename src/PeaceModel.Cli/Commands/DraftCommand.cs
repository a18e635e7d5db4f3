using System.CommandLine;
using System.Globalization;
using PeaceModel.Authoring;
using PeaceModel.Cli.Input;
using PeaceModel.Serialization;

namespace PeaceModel.Cli.Commands;

/// <summary><c>peacemodel draft REPORT.txt</c>: a draft event from a news report, with placeholders for what a person must decide.</summary>
internal static class DraftCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var report = new Argument<string>("report") { Description = "The report (UTF-8 text; a first line ' date YYYY-MM-DD title' is optional)." };
        var date = new Option<string?>("--date") { Description = "The report's date (YYYY-MM-DD), needed only when the text has no date line and no dateline or date line with a full date ('CITY, 25 July 2025 -', 'Oct 22, 2026'); it wins over a dateline." };
        var actorsFile = new Option<string?>("--actors") { Description = "Events whose actors are known (a gazetteer): a .json or .jsonl file or a directory of them. Speakers matching their names, aliases or surnames get their ids." };
        var command = new Command("draft", "Draft an event from a report: its source and date (from the text's dateline when it has one), every quoted passage with its offsets, one statement per utterance with its speaker (a person, state, government body, international organization or group) and the day and time the report gives, one statement per sentence of reported speech. What cannot be decided is a TODO placeholder that fails validation (PM0028) until filled in.")
        {
            report, date, actorsFile,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(report)!;
            if (EventInputs.WhyNotATextFile(path) is { } unusable)
            {
                await environment.Error.WriteLineAsync($"{path}: IO: {unusable}");
                return ExitCodes.Unusable;
            }

            if (!DayOption.TryRead(parse.GetValue(date), "--date", environment, out var reportDate))
            {
                return ExitCodes.Unusable;
            }

            ValueList<Actor> known = default;
            if (parse.GetValue(actorsFile) is { } gazetteer)
            {
                var (read, exitCode) = await EventInputs.ReadAsync([gazetteer], InputKind.Json, recursive: false, validate: false, environment, cancellationToken);
                if (read is null)
                {
                    return exitCode;
                }

                // Every event given (a folder, a .jsonl file) adds its actors; the first with an id wins.
                known = [.. read.SelectMany(r => r.Event.Actors).DistinctBy(a => a.Id, StringComparer.Ordinal)];
            }

            Draft draft;
            try
            {
                draft = ReportDrafter.Draft(await File.ReadAllTextAsync(path, cancellationToken), new DraftOptions { ReportDate = reportDate, KnownActors = known });
            }
            catch (ArgumentException ex)
            {
                await environment.Error.WriteLineAsync($"{path}: {ex.Message.Split(" (Parameter", 2)[0]}");
                return ExitCodes.Unusable;
            }

            await environment.Out.WriteLineAsync(PeaceModelJson.Serialize(draft.Event).AsMemory(), cancellationToken);
            foreach (var date in draft.Dates.ToList())
            {
                await environment.Error.WriteLineAsync($"{path}: date \"{date.Text}\" at {date.Start}: {(date.Date is { } resolved ? Text.EventText.Date(resolved) : "cannot be decided; keep the wording")}");
            }

            foreach (var reported in draft.ReportedSpeech.ToList())
            {
                await environment.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{path}: reported speech at {reported.Start}+{reported.Length}: {reported.Speaker} ({reported.StatementId})"));
            }

            var attributed = draft.Passages.Count(p => p.Speaker is not null);
            var dated = reportDate is not null ? "--date" : draft.Dateline is { } place ? $"the dateline ({place})" : "the text";
            await environment.Error.WriteLineAsync($"{path}: report of {Text.EventText.Day(draft.ReportDate)} (from {dated}); {draft.Passages.Count} quoted passages, {attributed} with a speaker found, {draft.ReportedSpeech.Count} sentences of reported speech, {draft.Event.Statements.Count} statements; fill in the TODO placeholders (peacemodel validate lists them).");
            return ExitCodes.Success;
        });
        return command;
    }
}
