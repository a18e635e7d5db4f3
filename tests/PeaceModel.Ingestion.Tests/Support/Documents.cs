using System.Text;
using PeaceModel.Cli.Synthetic;
using PeaceModel.Serialization;

namespace PeaceModel.Ingestion.Tests.Support;

/// <summary>Documents for the ingestion tests: generated valid ones, and invalid ones of each sort.</summary>
internal static class Documents
{
    public static List<DiplomaticEvent> Valid(int count, int seed)
    {
        var generator = new SyntheticEvents(seed);
        return [.. Enumerable.Range(0, count).Select(i => generator.Next(i))];
    }

    public static byte[] Json(DiplomaticEvent document) => PeaceModelJson.SerializeToUtf8Bytes(document);

    /// <summary>A document that reads but breaks a rule: its first statement's speaker names no actor.</summary>
    public static DiplomaticEvent BrokenRule(DiplomaticEvent document) =>
        document with { Statements = [document.Statements[0] with { SpeakerId = "nobody-at-all" }, .. document.Statements.Skip(1)] };

    public static byte[] NotJson => "this is not JSON at all {"u8.ToArray();

    /// <summary>A document nested deeper than the reader's limit (64).</summary>
    public static byte[] TooDeep => Encoding.UTF8.GetBytes("{\"schemaVersion\":\"2.0\",\"x\":" + new string('[', 200) + new string(']', 200) + "}");

    /// <summary>About 50 MB: a JSON string of that length inside a document.</summary>
    public static byte[] Huge(int megabytes = 50)
    {
        var prefix = "{\"schemaVersion\":\"2.0\",\"id\":\"huge\",\"title\":\""u8;
        var suffix = "\"}"u8;
        var bytes = new byte[(megabytes * 1_000_000) + prefix.Length + suffix.Length];
        prefix.CopyTo(bytes);
        bytes.AsSpan(prefix.Length, megabytes * 1_000_000).Fill((byte)'a');
        suffix.CopyTo(bytes.AsSpan(bytes.Length - suffix.Length));
        return bytes;
    }
}
