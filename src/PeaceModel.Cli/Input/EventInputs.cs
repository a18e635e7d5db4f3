using System.CommandLine;
using PeaceModel.Cli.Checking;
using PeaceModel.Validation;

namespace PeaceModel.Cli.Input;

/// <summary>
/// The event inputs every command takes, declared and read one way: files (<c>.json</c>: one event;
/// <c>.jsonl</c>: one per line), directories (their <c>.json</c> and <c>.jsonl</c> files; subfolders
/// with <c>--recursive</c>), and <c>-</c> for standard input (<c>--stdin-format jsonl</c>: one event per
/// line). What cannot be read is refused with its reason and the same exit code in every command.
/// </summary>
internal static class EventInputs
{
    private static readonly DiplomaticEventValidator Validator = new();

    /// <summary>What the paths may be, said the same way in every command's help.</summary>
    public const string PathsDescription = ".json files (one event), .jsonl files (one event per line), directories (their .json and .jsonl files; subfolders with --recursive), or - for standard input.";

    /// <summary>The paths argument: one or more, where anything else that starts with <c>-</c> is an unknown option.</summary>
    public static Argument<string[]> Paths(string name, string description)
    {
        var paths = new Argument<string[]>(name) { Description = description, Arity = ArgumentArity.OneOrMore };
        paths.Validators.Add(result => RefuseOptionLookalikes(result));
        return paths;
    }

    /// <summary>The argument of a command that takes one input, refused in the same way.</summary>
    public static Argument<string> Path(string name, string description)
    {
        var path = new Argument<string>(name) { Description = description };
        path.Validators.Add(result => RefuseOptionLookalikes(result));
        return path;
    }

    private static void RefuseOptionLookalikes(System.CommandLine.Parsing.ArgumentResult result)
    {
        foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value != "-"))
        {
            result.AddError($"Unrecognized option '{token.Value}'.");
        }
    }

    /// <summary>The <c>--stdin-format</c> option: how standard input holds its events.</summary>
    public static Option<string> StdinFormat()
    {
        var option = new Option<string>("--stdin-format")
        {
            Description = "How standard input (-) holds events: json (one event) or jsonl (one per line).",
            DefaultValueFactory = _ => "json",
        };
        option.AcceptOnlyFromAmong("json", "jsonl");
        return option;
    }

    /// <summary>The <c>--recursive</c> option: the subfolders of directories too.</summary>
    public static Option<bool> Recursive() =>
        new("--recursive", "-r") { Description = "Also read the .json and .jsonl files in the subfolders of directories given." };

    /// <summary>The input kind <c>--stdin-format</c> names.</summary>
    public static InputKind StdinKind(string? format) => format == "jsonl" ? InputKind.JsonLines : InputKind.Json;

    /// <summary>
    /// Reads every event of the inputs, as <c>validate</c> does; every problem goes to standard error as
    /// <c>file:line: path: CODE: message</c>.
    /// </summary>
    /// <param name="paths">The paths as given.</param>
    /// <param name="stdinKind">How standard input holds its events.</param>
    /// <param name="recursive">Whether subfolders of directories are read.</param>
    /// <param name="validate">Whether the events are validated (else one that reads is accepted).</param>
    /// <param name="environment">The command's streams.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>Every event read, in input order, when all inputs read (and validate); otherwise <see langword="null"/> with the exit code to end with.</returns>
    public static async Task<(List<(string Input, DiplomaticEvent Event)>? Events, int ExitCode)> ReadAsync(
        IReadOnlyList<string> paths, InputKind stdinKind, bool recursive, bool validate, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var events = new List<(string Input, DiplomaticEvent Event)>();
        var checker = new EventChecker(Validator, SourceTexts.None, new TextProblemWriter(environment.Error, TextWriter.Null), new ProgressMeter(environment.Error, enabled: false))
        {
            Validates = validate,
            Accepted = events,
        };
        var inputs = InputExpander.Expand(paths, stdinKind, environment.OpenStandardInput, checker.Unusable, recursive, environment.Error.WriteLine);
        var summary = await checker.CheckAsync(inputs, paths.Count, cancellationToken);
        return summary.ExitCode == ExitCodes.Success ? (events, ExitCodes.Success) : (null, summary.ExitCode);
    }

    /// <summary>
    /// Why a path cannot be used as a text file (a report, a source text), or <see langword="null"/>
    /// when it can: the same words and the same rule as for event files.
    /// </summary>
    public static string? WhyNotATextFile(string path) =>
        Directory.Exists(path) ? "is a directory; give a text file"
        : !File.Exists(path) ? "no such file or directory"
        : EventChecker.WhyUnusable(File.ReadAllBytes(path)) is { } reason ? reason.Replace("it holds no event", "it holds no text", StringComparison.Ordinal)
        : null;
}
