using System.Globalization;

namespace PeaceModel.Ingestion;

/// <summary>Every sentence the ingestion writes, in one place, in the invariant culture.</summary>
internal static class IngestText
{
    public static string Statistics(IngestStatistics statistics) => string.Create(
        CultureInfo.InvariantCulture,
        $"{statistics.Messages} messages: {statistics.Stored} stored, {statistics.Unchanged} unchanged, {statistics.Invalid} invalid (published and terminated), {statistics.Redelivered} handed back for redelivery.");

    public static string TooLarge(int length, int limit) => string.Create(
        CultureInfo.InvariantCulture,
        $"the message is {length} bytes, larger than the {limit} bytes a document may have (ReadLimits.MaxDocumentBytes); it was not read");

    public static string Outcome(IngestOutcome outcome) => outcome.Decision != IngestDecision.Redelivered && outcome.Failure is { } failure
        ? $"{Settled(outcome)} (settling it failed, so it will be delivered again: {failure.Message})"
        : Settled(outcome);

    private static string Settled(IngestOutcome outcome) => outcome.Decision switch
    {
        IngestDecision.Acknowledged => $"{outcome.Message.Origin}: {outcome.Result?.Message}",
        IngestDecision.Terminated => $"{outcome.Message.Origin}: invalid{(outcome.Result?.DocumentId is { } id ? $" document '{id}'" : string.Empty)}: {string.Join("; ", outcome.Problems.Take(3))}{(outcome.Problems.Count > 3 ? string.Create(CultureInfo.InvariantCulture, $"; and {outcome.Problems.Count - 3} more") : string.Empty)}",
        _ => $"{outcome.Message.Origin}: handed back for redelivery: {outcome.Failure?.Message}",
    };
}
