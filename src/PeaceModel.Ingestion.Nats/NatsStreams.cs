using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace PeaceModel.Ingestion.Nats;

/// <summary>Finds or creates the stream the documents go through.</summary>
internal static class NatsStreams
{
    private const int StreamNotFound = 10059;
    private const int StreamNameInUse = 10058;

    /// <summary>Creates the stream with the subjects when it does not exist; checks that an existing one captures the first subject.</summary>
    public static async Task EnsureAsync(INatsJSContext js, string stream, IReadOnlyList<string> subjects, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var existing = await js.GetStreamAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
                var captured = existing.Info.Config.Subjects ?? [];
                if (!captured.Any(filter => filter == subjects[0] || NatsSubjects.Matches(filter, subjects[0])))
                {
                    throw new NatsJSException(NatsText.StreamLacksSubject(stream, subjects[0]));
                }

                return;
            }
            catch (NatsJSApiException ex) when (ex.Error.ErrCode == StreamNotFound)
            {
            }

            try
            {
                await js.CreateStreamAsync(new StreamConfig(stream, [.. subjects]) { Storage = StreamConfigStorage.File }, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (NatsJSApiException ex) when (ex.Error.ErrCode == StreamNameInUse && attempt < 3)
            {
                // Another process created it between the look-up and the creation: look again.
            }
        }
    }
}
