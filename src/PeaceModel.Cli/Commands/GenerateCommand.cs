using System.CommandLine;
using PeaceModel.Cli.Synthetic;
using PeaceModel.Serialization;

namespace PeaceModel.Cli.Commands;

/// <summary><c>peacemodel generate --count N [--seed S] [--output file.jsonl]</c>: synthetic valid events, one per line.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var count = new Option<int>("--count") { Description = "How many events.", Required = true };
        var seed = new Option<int>("--seed") { Description = "The seed number: the same seed gives the same events.", DefaultValueFactory = _ => 1 };
        var output = new Option<string?>("--output") { Description = "The .jsonl file to write; standard output when left out." };
        var command = new Command("generate", "Write synthetic, valid events of realistic shape as JSON Lines, deterministically from a seed number (for load tests and benchmarks).")
        {
            count, seed, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var events = parse.GetValue(count);
            if (events < 0)
            {
                await environment.Error.WriteLineAsync("peacemodel: --count must be 0 or more");
                return ExitCodes.Unusable;
            }

            var generator = new SyntheticEvents(parse.GetValue(seed));
            var path = parse.GetValue(output);
            await using var file = path is null ? null : new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), 1 << 20);
            var writer = file ?? environment.Out;
            for (var i = 0; i < events; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await writer.WriteAsync(PeaceModelJson.SerializeLine(generator.Next(i)).AsMemory(), cancellationToken);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
