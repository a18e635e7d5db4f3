using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace PeaceModel.Ingestion.Nats;

/// <summary>Finds or creates the stream the documents go through.</summary>
internal static class NatsStreams
{
    private const int StreamNotFound = 10059;
    private const int StreamNameInUse = 10058;
    private const int SubjectsOverlap = 10065;

    /// <summary>
    /// The largest message a stream PeaceModel creates takes: 4 MiB over the reader's limit, so that a document a little too
    /// large reaches the ingestion and is refused with its problem, and a far larger one is refused by the stream at publication
    /// (nats-server 2.9 cannot deliver a 50 MB message from a file stream: its consumer stops at it).
    /// </summary>
    public static readonly int MaxMessageBytes = Serialization.ReadLimits.Default.MaxDocumentBytes + (4 << 20);

    private static bool Captures(IEnumerable<string> filters, string subject) =>
        filters.Any(filter => filter == subject || NatsSubjects.Matches(filter, subject));

    /// <summary>Creates the stream with the subjects when it does not exist; checks that an existing one captures the first subject.</summary>
    public static async Task EnsureAsync(INatsJSContext js, string stream, IReadOnlyList<string> subjects, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var existing = await js.GetStreamAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
                var captured = existing.Info.Config.Subjects ?? [];
                if (!Captures(captured, subjects[0]))
                {
                    throw new NatsJSException(NatsText.StreamLacksSubject(stream, subjects[0]));
                }

                var missing = subjects.Skip(1).Where(s => !Captures(captured, s)).ToList();
                if (missing.Count > 0)
                {
                    try
                    {
                        // The invalid subject, when no stream keeps it: the ingesting stream takes it too.
                        await js.UpdateStreamAsync(existing.Info.Config with { Subjects = [.. captured, .. missing] }, cancellationToken).ConfigureAwait(false);
                    }
                    catch (NatsJSApiException ex) when (ex.Error.ErrCode == SubjectsOverlap)
                    {
                        // Another stream captures it.
                    }
                }

                return;
            }
            catch (NatsJSApiException ex) when (ex.Error.ErrCode == StreamNotFound)
            {
            }

            try
            {
                await js.CreateStreamAsync(new StreamConfig(stream, [.. subjects]) { Storage = StreamConfigStorage.File, MaxMsgSize = MaxMessageBytes }, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (NatsJSApiException ex) when (ex.Error.ErrCode == StreamNameInUse && attempt < 3)
            {
                // Another process created it between the look-up and the creation: look again.
            }
        }
    }
}
