using System.CommandLine;
using System.Globalization;
using NATS.Client.JetStream;
using PeaceModel.Cli.Checking;
using PeaceModel.Cli.Input;
using PeaceModel.Ingestion.Nats;

namespace PeaceModel.Cli.Commands;

/// <summary>
/// <c>peacemodel publish --nats URL --subject SUBJ [--stream NAME] FILES...</c>: sends documents (a .json file each, a
/// .jsonl file one per line) to a JetStream subject, each with a message id made of its id and the hash of its canonical
/// JSON, so that the stream drops resends. The bytes are sent as they are: checking is the ingestion's work.
/// Exit codes: 0 every document sent, 2 an input or the server could not be used.
/// </summary>
internal static class PublishCommand
{
    /// <summary>How many publications wait for the stream's acknowledgement at once.</summary>
    private const int InFlight = 256;

    public static Command Create(CliEnvironment environment)
    {
        var nats = new Option<string?>("--nats") { Description = NatsConnector.Describe };
        var subject = new Option<string>("--subject") { Description = "The subject to publish to; a JetStream stream must capture it (or give --stream).", Required = true };
        var stream = new Option<string?>("--stream") { Description = "A stream to create, capturing the subject, when no stream of that name exists." };
        var paths = new Argument<string[]>("paths") { Description = "Event files: .json (one event), .jsonl (one event per line), folders (their .json and .jsonl files), or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var stdinFormat = new Option<string>("--stdin-format") { Description = "How standard input (-) holds events: json (one event) or jsonl (one per line).", DefaultValueFactory = _ => "json" };
        stdinFormat.AcceptOnlyFromAmong("json", "jsonl");
        var recursive = new Option<bool>("--recursive", "-r") { Description = "Also read the .json and .jsonl files in the subfolders of folders given." };
        var command = new Command("publish", "Send documents to a NATS JetStream subject, one message each, with a message id (document id and content hash) so that the stream drops a document sent twice. Documents are sent as they are; 'peacemodel ingest' checks them.")
        {
            nats, subject, stream, paths, stdinFormat, recursive,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var unusable = 0;
            void Unusable(string name, string message)
            {
                unusable++;
                environment.Error.WriteLine($"{name}: {Problem.IoCode}: {message}");
            }

            var inputs = InputExpander.Expand(
                parse.GetValue(paths)!, parse.GetValue(stdinFormat) == "jsonl" ? InputKind.JsonLines : InputKind.Json, environment.OpenStandardInput, Unusable, parse.GetValue(recursive), environment.Error.WriteLine);
            await using var connection = await NatsConnector.ConnectAsync(parse.GetValue(nats), "peacemodel-publish", environment);
            if (connection is null)
            {
                return ExitCodes.Unusable;
            }

            var js = new NatsJSContext(connection);
            var publisher = new NatsDocumentPublisher(js, parse.GetValue(subject)!);
            try
            {
                if (parse.GetValue(stream) is { } streamName)
                {
                    await publisher.EnsureStreamAsync(streamName, cancellationToken: cancellationToken);
                }
            }
            catch (NatsJSException ex)
            {
                await environment.Error.WriteLineAsync($"peacemodel: --stream: {ex.Message}");
                return ExitCodes.Unusable;
            }

            // The largest message the server takes: a longer line or file is reported, not sent.
            var maxBytes = connection.ServerInfo?.MaxPayload is > 0 and var max ? (int)Math.Min(max, int.MaxValue) : 1 << 20;
            var run = new Run(publisher, environment);
            foreach (var input in inputs)
            {
                await using var content = input.Open();
                if (input.Kind == InputKind.Json)
                {
                    using var buffer = new MemoryStream();
                    await content.CopyToAsync(buffer, cancellationToken);
                    if (buffer.Length > maxBytes)
                    {
                        Unusable(input.Name, string.Create(CultureInfo.InvariantCulture, $"the file is {buffer.Length} bytes, more than the {maxBytes} bytes the NATS server takes in a message (max_payload)"));
                        continue;
                    }

                    await run.SendAsync(input.Name, null, buffer.ToArray(), cancellationToken);
                    continue;
                }

                using var lines = new Serialization.JsonLinesReader(content, maxBytes);
                while (await lines.ReadLineAsync(cancellationToken) is { } line)
                {
                    if (lines.TooLong)
                    {
                        Unusable(input.Name, string.Create(CultureInfo.InvariantCulture, $"line {lines.LineNumber} is more than the {maxBytes} bytes the NATS server takes in a message (max_payload); it was not sent"));
                    }
                    else if (!line.Span.Trim(" \t\r"u8).IsEmpty)
                    {
                        await run.SendAsync(input.Name, lines.LineNumber, line.ToArray(), cancellationToken);
                    }
                }
            }

            await run.DrainAsync();
            await environment.Error.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{Text.EventText.Count(run.Sent, "document")} sent: {run.Sent - run.Duplicates - run.Failed} published, {run.Duplicates} dropped by the stream as duplicates, {run.Failed} refused by the server; {Text.EventText.Count(unusable, "input")} unusable."));
            return unusable > 0 || run.Failed > 0 ? ExitCodes.Unusable : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Publications in flight, at most <see cref="InFlight"/>, started in input order.</summary>
    private sealed class Run(NatsDocumentPublisher publisher, CliEnvironment environment)
    {
        private readonly Queue<Task> inFlight = new();

        private int duplicates;
        private int failed;

        public int Sent { get; private set; }

        public int Duplicates => Volatile.Read(ref duplicates);

        public int Failed => Volatile.Read(ref failed);

        public async Task SendAsync(string name, long? line, byte[] document, CancellationToken cancellationToken)
        {
            Sent++;
            if (inFlight.Count >= InFlight)
            {
                await inFlight.Dequeue();
            }

            inFlight.Enqueue(PublishAsync(name, line, document, cancellationToken));
        }

        public async Task DrainAsync()
        {
            while (inFlight.Count > 0)
            {
                await inFlight.Dequeue();
            }
        }

        private async Task PublishAsync(string name, long? line, byte[] document, CancellationToken cancellationToken)
        {
            try
            {
                if ((await publisher.PublishAsync(document, cancellationToken)).Duplicate)
                {
                    Interlocked.Increment(ref duplicates);
                }
            }
            catch (NATS.Client.Core.NatsException ex)
            {
                Interlocked.Increment(ref failed);
                var where = line is { } l ? string.Create(CultureInfo.InvariantCulture, $"{name}:{l}") : name;
                lock (inFlight)
                {
                    environment.Error.WriteLine($"{where}: {ex.Message}");
                }
            }
        }
    }
}
