using System.CommandLine;
using System.CommandLine.Help;
using PeaceModel.Cli.Commands;

namespace PeaceModel.Cli;

/// <summary>The <c>peacemodel</c> command line: its commands, and how a run ends.</summary>
internal static class PeaceModelCli
{
    /// <summary>The name of the command, whatever the executable file is called (<c>PeaceModel.Cli.dll</c> under <c>dotnet run</c> or as an installed tool).</summary>
    public const string Name = "peacemodel";

    public static RootCommand Build(CliEnvironment environment)
    {
        var root = new RootCommand("peacemodel: check, format, summarize, draw and store PeaceModel diplomatic-event files, and quote their sources. Commands: validate, format, schema, summarize, graph, generate, quote, draft, store, publish, ingest, export.")
        {
            ValidateCommand.Create(environment),
            FormatCommand.Create(environment),
            SchemaCommand.Create(environment),
            SummarizeCommand.Create(environment),
            GraphCommand.Create(environment),
            GenerateCommand.Create(environment),
            QuoteCommand.Create(environment),
            DraftCommand.Create(environment),
            StoreCommand.Create(environment),
            PublishCommand.Create(environment),
            IngestCommand.Create(environment),
            ExportCommand.Create(environment),
        };
        return root;
    }

    /// <summary>Help as System.CommandLine writes it, with the command's name where it put the executable file's.</summary>
    private static string NamedAsTheTool(string help)
    {
        var executable = RootCommand.ExecutableName;
        return executable == Name
            ? help
            : help.Replace($"\n  {executable} ", $"\n  {Name} ", StringComparison.Ordinal).Replace($"\n  {executable}\n", $"\n  {Name}\n", StringComparison.Ordinal);
    }

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
                var help = parse.Action is HelpAction ? new StringWriter { NewLine = environment.Out.NewLine } : null;
                exitCode = await parse.InvokeAsync(
                    new InvocationConfiguration { Output = help ?? environment.Out, Error = environment.Error, EnableDefaultExceptionHandler = false },
                    cancellationToken);
                if (help is not null)
                {
                    await environment.Out.WriteAsync(NamedAsTheTool(help.ToString()).AsMemory(), cancellationToken);
                }
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
