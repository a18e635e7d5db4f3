using System.Globalization;

namespace PeaceModel.Ingestion.Nats;

/// <summary>Every sentence the NATS adapter writes, in one place, in the invariant culture.</summary>
internal static class NatsText
{
    public static string Origin(string stream, ulong sequence) => string.Create(CultureInfo.InvariantCulture, $"stream {stream}, sequence {sequence}");

    public static string Origin(string subject) => $"subject {subject}";

    public static string InvalidOverlaps(string invalidSubject, string subject) =>
        $"the invalid subject '{invalidSubject}' is one the consumer reads ('{subject}'): refused documents would come back to it; choose an invalid subject outside '{subject}'";

    public static string NoInvalidSubject(string subject) =>
        $"the subject '{subject}' has wildcards: give the invalid subject (--invalid-subject), outside '{subject}'";

    public static string NoStream(string subject) =>
        $"no JetStream stream captures the subject '{subject}': create one (peacemodel publish --stream NAME, peacemodel ingest, or 'nats stream add')";

    public static string StreamLacksSubject(string stream, string subject) =>
        $"the stream '{stream}' does not capture the subject '{subject}'";
}
