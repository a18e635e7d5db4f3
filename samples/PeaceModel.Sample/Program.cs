// Reads a PeaceModel event file, validates it (checking quotations against the source text when
// a .txt of the same name lies beside it), and prints a short account of the episode.
// Usage: dotnet run --project samples/PeaceModel.Sample -- seeds/000_f59af2df9e05eeb5.json
// Exit codes: 0 valid, 1 invalid, 2 unreadable.
using System.Text.Json;
using PeaceModel;
using PeaceModel.Serialization;
using PeaceModel.Validation;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: PeaceModel.Sample <event.json>");
    return 2;
}

var path = args[0];
DiplomaticEvent episode;
try
{
    await using var stream = File.OpenRead(path);
    episode = await PeaceModelJson.DeserializeAsync(stream);
}
catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"{path}: {ex.Message}");
    return 2;
}

var sourceTexts = new Dictionary<string, string>();
var textPath = Path.ChangeExtension(path, ".txt");
if (episode.Sources.Count == 1 && File.Exists(textPath))
{
    sourceTexts[episode.Sources[0].Id] = File.ReadAllText(textPath);
}

var result = new DiplomaticEventValidator().Validate(episode, sourceTexts);
foreach (var failure in result.Errors)
{
    Console.Error.WriteLine($"{path}: {failure.PropertyName}: {failure.ErrorCode}: {failure.ErrorMessage}");
}

var names = episode.Actors.ToDictionary(a => a.Id, a => a.Name);
string Name(string id) => names.GetValueOrDefault(id, id);
string When(EventDate date) => date.Text is null ? $"{date.Value:yyyy-MM-dd}" : $"{date.Value:yyyy-MM-dd} (\"{date.Text}\")";

Console.WriteLine($"{episode.Title} — {When(episode.Date)}");
Console.WriteLine($"{episode.Actors.Count} actors, {episode.Statements.Count} statements, {episode.Proposals.Count} proposals, {episode.Conditions.Count} conditions, {episode.Reactions.Count} reactions");
Console.WriteLine(sourceTexts.Count > 0 ? $"quotations checked against {Path.GetFileName(textPath)}" : "no source text beside the file: quotations not checked");
Console.WriteLine();

Console.WriteLine("Statements");
foreach (var statement in episode.Statements)
{
    var channel = statement.Platform ?? statement.Channel?.ToString() ?? "channel not reported";
    Console.WriteLine($"  {When(statement.SaidOn)}  {Name(statement.SpeakerId)} ({channel})");
    foreach (var quotation in statement.Quotations)
    {
        Console.WriteLine($"    \u201C{quotation.Text}\u201D");
    }
}

Console.WriteLine();
Console.WriteLine("Proposals");
foreach (var proposal in episode.Proposals)
{
    var terms = proposal.Terms;
    var details = new[]
    {
        terms.Venue?.Name,
        terms.Date is { } date ? When(date) : null,
        terms.Duration is { } duration ? $"{duration.Value} {duration.Unit.ToString().ToLowerInvariant()}s" : null,
        terms.Preconditions == PreconditionStance.ExplicitlyExcluded ? "no preconditions" : null,
    }.OfType<string>();
    Console.WriteLine($"  {Name(proposal.ProposerId)} → {string.Join(", ", proposal.AddresseeIds.Select(Name))}: {proposal.Summary} [{string.Join("; ", details)}]");
    foreach (var condition in episode.Conditions.Where(c => c.ProposalId == proposal.Id))
    {
        var consequence = condition.Consequence is { } c ? $" — or else: {c.Summary}" : string.Empty;
        Console.WriteLine($"    {condition.Kind} by {Name(condition.SetterId)}: {condition.Requirement}{consequence}");
    }

    var targets = episode.Conditions.Where(c => c.ProposalId == proposal.Id).Select(c => c.Id).Append(proposal.Id).ToHashSet();
    foreach (var reaction in episode.Reactions.Where(r => targets.Contains(r.TargetId)))
    {
        Console.WriteLine($"    {reaction.Stance}: {Name(reaction.ReactorId)} — {reaction.Summary}");
    }
}

Console.WriteLine();
Console.WriteLine(result.IsValid ? "valid" : $"invalid: {result.Errors.Count} problems");
return result.IsValid ? 0 : 1;
