using System.CommandLine;
using PeaceModel.Serialization;

namespace PeaceModel.Cli.Commands;

/// <summary><c>peacemodel schema</c>: prints the JSON Schema of the format.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the PeaceModel event format.");
        command.SetAction(async (_, cancellationToken) =>
        {
            await environment.Out.WriteAsync(PeaceModelJson.GetJsonSchema().AsMemory(), cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
