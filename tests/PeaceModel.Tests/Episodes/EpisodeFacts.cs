using System.Security.Cryptography;
using System.Text;

namespace PeaceModel.Tests.Episodes;

/// <summary>What every modeled report shares: its source record, found from the text itself.</summary>
internal static class EpisodeFacts
{
    public static SourceDocument Source(string id, DateOnly publishedOn, string text) => new()
    {
        Id = id,
        PublishedOn = publishedOn,
        Language = "en",
        Sha256 = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant(),
    };

    public static Actor State(string id, string name, params string[] aliases) =>
        new() { Id = id, Name = name, Kind = ActorKind.State, Aliases = [.. aliases] };

    public static Actor Person(string id, string name, string role, string actsFor) =>
        new() { Id = id, Name = name, Kind = ActorKind.Person, Role = role, ActsForId = actsFor };

    public static EventDate Inferred(DateOnly reportDate) => EventDate.InferredFrom(reportDate);

    public static EventDate Relative(DateOnly value, string text, DateOnly against) => EventDate.Relative(value, text, against);

    public static EventCode Cameo(string code, string label) =>
        new() { Scheme = EventCodeScheme.Cameo, Version = "1.1b3", Code = code, Label = label };

    public static EventCode Plover(string code, string? mode) =>
        new() { Scheme = EventCodeScheme.Plover, Version = "2.0", Code = code, Mode = mode };
}
