using System.Text.RegularExpressions;
using PeaceModel.Cli.Tests.Support;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;
using PeaceModel.Threads;
using PeaceModel.Validation;

namespace PeaceModel.Cli.Tests;

/// <summary>The examples of README.md and docs/ are what the library and the tool print: each is produced again and compared.</summary>
public partial class DocsExamplesTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md"));
    private static readonly string CliDoc = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "cli.md"));
    private static readonly string ErrorCodesDoc = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "error-codes.md"));

    /// <summary>The seed with its first speaker misspelt, as the examples use it.</summary>
    private static readonly string Misspelt = ReplaceFirst(Seeds.Json, "\"speakerId\": \"putin\"", "\"speakerId\": \"putn\"");

    [Fact]
    public void ReadmeAndErrorCodes_ThePm0009Example_IsTheValidatorsMessage()
    {
        var failure = TestValidator.Validate(PeaceModelJson.Deserialize(Misspelt)).Errors.Single(f => f.ErrorCode == ErrorCodes.UnknownReference);
        var line = $"{failure.PropertyName}: {failure.ErrorCode}: {failure.ErrorMessage}";

        Assert.Contains($"   {line}\n", Readme, StringComparison.Ordinal);
        Assert.Contains($"`{failure.ErrorMessage}`", ErrorCodesDoc, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_TheReadErrorExample_IsTheReadersMessage()
    {
        var json = ReplaceFirst(Seeds.Json, "\"kind\": \"person\"", "\"kind\": \"persn\"");

        var ex = Assert.Throws<JsonReadException>(() => PeaceModelJson.Deserialize(json));

        Assert.Contains($"   {ex.Message}\n", Readme, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CliDoc_TheTextReportExample_IsWhatValidatePrints()
    {
        using var folder = ExampleInputs();
        var (command, shown) = Example("## `validate` text report", "text");

        var run = await CliRun.InProcessAsync(Arguments(command, folder));

        Assert.Equal(shown, (run.Out + run.Error).Replace(folder.Path + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CliDoc_TheJsonReportExample_IsWhatValidatePrints()
    {
        using var folder = ExampleInputs();
        var (command, shown) = Example("## `validate --format json` report", "json");

        var run = await CliRun.InProcessAsync(Arguments(command, folder));

        Assert.Equal(shown, run.Out.Replace(folder.Path + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void CliDoc_NamesEveryCodeAndSeverityTheReportsUse()
    {
        var codes = typeof(ErrorCodes).GetFields().Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal).ToList();

        Assert.Contains($"| `problems[].code` | string | `{codes[0]}`–`{codes[^1]}`, `SOURCE`, `JSON` or `IO` |", CliDoc, StringComparison.Ordinal);
        Assert.Contains($"(`{codes[0]}` to `{codes[^1]}`)", CliDoc, StringComparison.Ordinal);
        Assert.Contains("| `problems[].severity` | string | `error`, or `notice`", CliDoc, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorCodesDoc_NamesTheCodesThatAreNotices()
    {
        // A reference into a document of the thread that was not given: the one rule that is a notice.
        var breach = PeaceModelJson.Deserialize(File.ReadAllText(RepositoryFiles.EpisodePath("port-amrel-breach-claims-2026-04-20", ".json")));
        var result = ThreadValidator.Validate(EventThread.Create([breach]));
        var notices = result.Notices.Select(n => n.Failure.ErrorCode).Distinct().ToList();

        Assert.NotEmpty(notices);
        Assert.All(result.Notices, n => Assert.Equal(FluentValidation.Severity.Info, n.Failure.Severity));
        var severity = SeverityBullet().Match(ErrorCodesDoc).Value;
        Assert.Equal(notices, BacktickedCode().Matches(severity).Select(m => m.Groups[1].Value));
        Assert.All(notices, code => Assert.Matches($@"\| {code} \| \w+ \| [^|]*\*\*notice\*\*", ErrorCodesDoc));
    }

    /// <summary>The files the examples name: the misspelt seed, JSON Lines whose second event has an unknown actor kind; <c>missing.json</c> is not there.</summary>
    private static TempFolder ExampleInputs()
    {
        var folder = new TempFolder();
        folder.File("broken.json", Misspelt);
        folder.File("events.jsonl", Seeds.Line + "\n" + ReplaceFirst(Seeds.Line, "\"kind\": \"person\"", "\"kind\": \"persn\"") + "\n");
        return folder;
    }

    /// <summary>The command of the <c>sh</c> block under the heading, and the output shown in the next block of the language.</summary>
    private static (string Command, string Output) Example(string heading, string language)
    {
        var section = CliDoc[CliDoc.IndexOf(heading, StringComparison.Ordinal)..];
        var command = Regex.Match(section, "```sh\n(.*?)\n```").Groups[1].Value;
        var output = Regex.Match(section, $"```{language}\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        return (command, output);
    }

    private static string[] Arguments(string command, TempFolder folder) =>
        [.. command.Split(' ').Skip(1).Select(a => a.EndsWith(".json", StringComparison.Ordinal) || a.EndsWith(".jsonl", StringComparison.Ordinal) ? Path.Combine(folder.Path, a) : a)];

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return text[..at] + to + text[(at + from.Length)..];
    }

    private static DiplomaticEventValidator TestValidator { get; } = new();

    [GeneratedRegex(@"- `Severity`:[^\n]*(\n  [^\n]*)*")]
    private static partial Regex SeverityBullet();

    [GeneratedRegex(@"`(PM\d{4})`")]
    private static partial Regex BacktickedCode();
}
