using System.CommandLine;
using System.Globalization;
using NATS.Client.JetStream;
using PeaceModel.Ingestion;
using PeaceModel.Ingestion.Nats;

namespace PeaceModel.Cli.Commands;

/// <summary>
/// <c>peacemodel ingest --nats URL --stream NAME --subject SUBJ --store STORE [--invalid-subject SUBJ] [--consumer NAME]</c>:
/// a durable JetStream pull consumer that validates every document, puts it into the store and acknowledges it only after the
/// store committed; invalid documents go to the invalid subject with their problems and are terminated. Runs until stopped
/// (Ctrl+C, SIGTERM) or, with <c>--idle-exit</c>, until no message came for that long. Several processes with the same consumer
/// share the work. Exit codes: 0 stopped, 2 the server, the stream or the store could not be used.
/// </summary>
internal static class IngestCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var nats = new Option<string?>("--nats") { Description = NatsConnector.Describe };
        var stream = new Option<string>("--stream") { Description = "The JetStream stream; created (file storage, capturing the subject and the invalid subject) when it does not exist.", Required = true };
        var subject = new Option<string>("--subject") { Description = "The subject documents arrive on (wildcards allowed): the consumer's filter.", Required = true };
        var store = new Option<string?>("--store") { Description = $"The store: a file path (SQLite) or a PostgreSQL connection string or URL. Defaults to ${StoreCommand.StoreVariable}." };
        var invalidSubject = new Option<string?>("--invalid-subject") { Description = "Where invalid documents go: the original bytes, the problems as JSON in the PeaceModel-Problems header. Defaults to the subject followed by .invalid." };
        var consumer = new Option<string>("--consumer") { Description = "The durable consumer's name; processes with the same name share the work.", DefaultValueFactory = _ => NatsIngestOptions.DefaultConsumer };
        var batch = new Option<int>("--batch-size") { Description = "The most documents stored in one transaction.", DefaultValueFactory = _ => 256 };
        var ackWait = new Option<double>("--ack-wait") { Description = "Seconds a taken message may stay unacknowledged before the server delivers it again (to any process).", DefaultValueFactory = _ => 30 };
        var idleExit = new Option<double?>("--idle-exit") { Description = "Stop when no message came for this many seconds (for batch jobs and tests); without it, run until stopped." };
        var command = new Command("ingest", "Consume documents from a NATS JetStream subject with a durable pull consumer: validate, store, then acknowledge; invalid documents are published to the invalid subject with their problems and terminated.")
        {
            nats, stream, subject, store, invalidSubject, consumer, batch, ackWait, idleExit,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(batch) is < 1 or > 10_000 || parse.GetValue(ackWait) is < 1 or > 3600 || parse.GetValue(idleExit) is <= 0)
            {
                await environment.Error.WriteLineAsync("peacemodel: --batch-size must be 1 to 10000, --ack-wait 1 to 3600 seconds, --idle-exit more than 0 seconds.");
                return ExitCodes.Unusable;
            }

            var options = new NatsIngestOptions
            {
                Stream = parse.GetValue(stream)!,
                Subject = parse.GetValue(subject)!,
                InvalidSubject = parse.GetValue(invalidSubject),
                Consumer = parse.GetValue(consumer)!,
                BatchSize = parse.GetValue(batch),
                AckWait = TimeSpan.FromSeconds(parse.GetValue(ackWait)),
                IdleTimeout = parse.GetValue(idleExit) is { } idle ? TimeSpan.FromSeconds(idle) : null,
            };
            try
            {
                options.ResolveInvalidSubject();
            }
            catch (ArgumentException ex)
            {
                await environment.Error.WriteLineAsync($"peacemodel: --invalid-subject: {ex.Message.Split(" (Parameter", 2)[0]}.");
                return ExitCodes.Unusable;
            }

            await using var opened = await StoreCommand.OpenAsync(parse.GetValue(store), environment, cancellationToken);
            if (opened.Store is not { } eventStore)
            {
                return ExitCodes.Unusable;
            }

            await using var connection = await NatsConnector.ConnectAsync(parse.GetValue(nats), $"peacemodel-ingest-{Environment.ProcessId}", environment);
            if (connection is null)
            {
                return ExitCodes.Unusable;
            }

            NatsIngestSource source;
            try
            {
                source = await NatsIngestSource.OpenAsync(new NatsJSContext(connection), options, cancellationToken);
            }
            catch (NATS.Client.Core.NatsException ex)
            {
                await environment.Error.WriteLineAsync($"peacemodel: stream '{options.Stream}', consumer '{options.Consumer}': {ex.Message}");
                return ExitCodes.Unusable;
            }

            var loop = new IngestLoop(eventStore, source.InvalidSink);
            loop.Settled += outcome =>
            {
                if (outcome.Decision != IngestDecision.Acknowledged || outcome.Failure is not null)
                {
                    environment.Error.WriteLine(outcome.Description);
                }
            };
            await environment.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"peacemodel: ingesting '{options.Subject}' of stream '{options.Stream}' as consumer '{options.Consumer}' (process {Environment.ProcessId}); invalid documents to '{options.ResolveInvalidSubject()}'."));
            var statistics = await loop.RunAsync(source, cancellationToken);
            await environment.Error.WriteLineAsync($"peacemodel: {statistics}");
            return ExitCodes.Success;
        });
        return command;
    }
}
