using System.CommandLine;
using PeaceModel.Cli.Checking;
using PeaceModel.Cli.Input;
using PeaceModel.Validation;

namespace PeaceModel.Cli.Commands;

/// <summary><c>peacemodel validate &lt;path&gt;... [--source [ID=]PATH]... [--sources DIR]... [--format text|json]</c>.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var paths = EventInputs.Paths("paths", "Event files: " + EventInputs.PathsDescription);
        var source = new Option<string[]>("--source")
        {
            Description = "A source text the events were modeled from, as ID=PATH (the source with that id) or PATH (the sources whose SHA-256 it has); repeatable. Quotations are checked against it.",
            AllowMultipleArgumentsPerToken = false,
        };
        var sourcesFolder = new Option<string[]>("--sources")
        {
            Description = "A folder of source texts: each event's sources are found in it by their SHA-256. A source whose text is not found is reported once as unchecked (a notice).",
        };
        var format = new Option<string>("--format")
        {
            Description = "How to report problems: text (file:line: path: CODE: message) or json (one report document).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var stdinFormat = EventInputs.StdinFormat();
        var recursive = EventInputs.Recursive();

        var command = new Command("validate", "Check event files: report every problem with its file, line, path and code. Exit code 0 when all are valid, 1 when some data is invalid, 2 when an input cannot be read at all.")
        {
            paths, source, sourcesFolder, format, stdinFormat, recursive,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (sourceTexts, sourceError) = await SourceTexts.LoadAsync(parse.GetValue(source) ?? [], parse.GetValue(sourcesFolder) ?? [], cancellationToken);
            if (sourceTexts is null)
            {
                await environment.Error.WriteLineAsync($"peacemodel: {sourceError}");
                return ExitCodes.Unusable;
            }

            IProblemWriter writer = parse.GetValue(format) == "json"
                ? new JsonProblemWriter(environment.Out)
                : new TextProblemWriter(environment.Out, environment.Error);
            var checker = new EventChecker(new DiplomaticEventValidator(), sourceTexts, writer, new ProgressMeter(environment.Error, environment.ErrorIsTerminal))
            {
                ReportsUncheckedQuotations = true,
            };
            var given = parse.GetValue(paths)!;
            var stdinKind = EventInputs.StdinKind(parse.GetValue(stdinFormat));
            var inputs = InputExpander.Expand(given, stdinKind, environment.OpenStandardInput, checker.Unusable, parse.GetValue(recursive), environment.Error.WriteLine);
            var summary = await checker.CheckAsync(inputs, given.Length, cancellationToken);
            return summary.ExitCode;
        });
        return command;
    }
}
