using System.CommandLine;
using PeaceModel.Cli.Summary;
using PeaceModel.Serialization;

namespace PeaceModel.Cli.Commands;

/// <summary><c>peacemodel schema</c>: prints the JSON Schema of the format.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var summary = new Option<bool>("--summary") { Description = "Print the schema of `peacemodel summarize --format json` instead." };
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the PeaceModel event format.") { summary };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var schema = parse.GetValue(summary) ? SummaryJson.GetJsonSchema() : PeaceModelJson.GetJsonSchema();
            await environment.Out.WriteAsync(schema.AsMemory(), cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
