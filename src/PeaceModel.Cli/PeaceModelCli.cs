using System.CommandLine;
using PeaceModel.Cli.Commands;

namespace PeaceModel.Cli;

/// <summary>The <c>peacemodel</c> command line: its commands, and how a run ends.</summary>
internal static class PeaceModelCli
{
    public static RootCommand Build(CliEnvironment environment) =>
        new("peacemodel: validate, format, summarize PeaceModel diplomatic-event files, and print their JSON Schema.")
        {
            ValidateCommand.Create(environment),
            FormatCommand.Create(environment),
            SchemaCommand.Create(environment),
            SummarizeCommand.Create(environment),
            GraphCommand.Create(environment),
            GenerateCommand.Create(environment),
        };

    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var parse = Build(environment).Parse(args);
        int exitCode;
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await environment.Error.WriteLineAsync($"peacemodel: {error.Message}");
            }

            await environment.Error.WriteLineAsync("Run 'peacemodel --help' for usage.");
            exitCode = ExitCodes.Unusable;
        }
        else
        {
            try
            {
                exitCode = await parse.InvokeAsync(
                    new InvocationConfiguration { Output = environment.Out, Error = environment.Error, EnableDefaultExceptionHandler = false },
                    cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Files that vanish or turn unreadable mid-run, a closed pipe: reported, never a stack trace.
                await environment.Error.WriteLineAsync($"peacemodel: {ex.Message}");
                exitCode = ExitCodes.Unusable;
            }
        }

        await environment.Out.FlushAsync(cancellationToken);
        await environment.Error.FlushAsync(cancellationToken);
        return exitCode;
    }
}
