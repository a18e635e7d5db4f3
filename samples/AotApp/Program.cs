// Reads, validates and writes the seed from a native AOT (trimmed) build of the library.
// Usage: AotApp <seed.json> <seed.txt>. Exit code 0 only when every check passes.
using PeaceModel.Analysis;
using PeaceModel.Serialization;
using PeaceModel.Validation;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: AotApp <seed.json> <seed.txt>");
    return 2;
}

var json = File.ReadAllText(args[0]);
var episode = PeaceModelJson.Deserialize(json);
var sources = episode.Sources.ToDictionary(s => s.Id, _ => File.ReadAllText(args[1]));
var validator = new DiplomaticEventValidator();
var checks = new List<(string Name, bool Passed)>
{
    ("read", episode.Statements.Count > 0),
    ("valid", validator.Validate(episode, sources).IsValid),
    ("write gives back the same text", PeaceModelJson.Serialize(episode) == json),
    ("broken copy fails validation", !validator.Validate(episode with { Statements = [episode.Statements[0] with { SpeakerId = "putn" }] }).IsValid),
    ("bad JSON is a JsonException", ThrowsJsonException(json.Replace("\"kind\": \"person\"", "\"kind\": \"persn\"", StringComparison.Ordinal))),
    ("schema", PeaceModelJson.GetJsonSchema().Contains("\"$schema\"", StringComparison.Ordinal)),
    ("analysis", EpisodeAnalysis.Analyze(episode).Proposals[0].Status == ProposalStatus.ConditionallyAccepted),
    ("time zones from the bundled TZDB", validator.Validate(WithZone("Europe/Kiev")).IsValid && !validator.Validate(WithZone("Europe/Geneva")).IsValid),
};

foreach (var (name, passed) in checks)
{
    Console.WriteLine($"{(passed ? "ok  " : "FAIL")} {name}");
}

return checks.All(c => c.Passed) ? 0 : 1;

PeaceModel.DiplomaticEvent WithZone(string zone) =>
    episode with { Date = episode.Date with { Time = new TimeOnly(21, 30), TimeZone = zone } };

static bool ThrowsJsonException(string json)
{
    try
    {
        PeaceModelJson.Deserialize(json);
        return false;
    }
    catch (System.Text.Json.JsonException)
    {
        return true;
    }
}
