using System.CommandLine;
using PeaceModel.Authoring;
using PeaceModel.Serialization;

namespace PeaceModel.Cli.Commands;

/// <summary><c>peacemodel quote REPORT.txt "passage"</c>: the quotation object of a passage, with its offsets.</summary>
internal static class QuoteCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var report = new Argument<string>("report") { Description = "The source text (UTF-8)." };
        var passage = new Argument<string>("passage") { Description = "The passage, exactly as it stands in the text." };
        var occurrence = new Option<int?>("--occurrence") { Description = "Which occurrence to take (from 1) when the passage stands more than once." };
        var command = new Command("quote", "Print the quotation of a passage of a report as JSON (text, start, length), ready to paste into a statement's quotations. An absent or ambiguous passage is refused (exit code 1).")
        {
            report, passage, occurrence,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(report)!;
            if (Input.EventInputs.WhyNotATextFile(path) is { } unusable)
            {
                await environment.Error.WriteLineAsync($"{path}: IO: {unusable}");
                return ExitCodes.Unusable;
            }

            var text = await File.ReadAllTextAsync(path, cancellationToken);
            try
            {
                var quotation = QuotationFinder.Find(text, parse.GetValue(passage)!, parse.GetValue(occurrence));
                var contract = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<Quotation>)PeaceModelJson.Options.GetTypeInfo(typeof(Quotation));
                await environment.Out.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(quotation, contract).AsMemory(), cancellationToken);
                return ExitCodes.Success;
            }
            catch (ArgumentException ex)
            {
                await environment.Error.WriteLineAsync($"{path}: {ex.Message.Split(" (Parameter", 2)[0]}");
                return ExitCodes.Invalid;
            }
        });
        return command;
    }
}
