using System.Text;

namespace PeaceModel.Authoring;

/// <summary>The speakers met so far, matched to known actors by name, alias or surname; unknown ones become stubs with placeholders.</summary>
internal sealed class ActorBook(ValueList<Actor> known)
{
    private readonly List<Actor> used = [];

    public IEnumerable<Actor> Actors => used;

    /// <summary>Adds a person named with an office, unless already met; the office goes in the role, with what is left to fill in.</summary>
    public void Mention(string name, string title)
    {
        var surname = name.Split(' ')[^1];
        var role = $"TODO: check the office (the report says \"{title}\") and give 'actsForId': the state or organization {name} acts for.";
        if (used.FindIndex(a => Same(a, name, surname)) is var at and >= 0)
        {
            if (!known.Contains(used[at]))
            {
                used[at] = used[at] with { Name = name.Length > used[at].Name.Length ? name : used[at].Name, Role = role };
            }

            return;
        }

        if (known.FirstOrDefault(a => Same(a, name, surname)) is { } match)
        {
            used.Add(match);
            return;
        }

        used.Add(new Actor
        {
            Id = Slug(name, used.Count + 1),
            Name = name,
            Kind = ActorKind.Person,
            Role = role,
        });
    }

    /// <summary>Adds every known actor whose name or alias stands in the text.</summary>
    public void MentionKnown(string text)
    {
        foreach (var actor in known)
        {
            if (!used.Contains(actor) && (text.Contains(actor.Name, StringComparison.Ordinal) || actor.Aliases.Any(a => text.Contains(a, StringComparison.Ordinal))))
            {
                used.Add(actor);
            }
        }
    }

    /// <summary>Whether a name is a speaker met so far or a known actor.</summary>
    public bool Knows(string name) => used.Concat(known).Any(a => Same(a, name, name.Split(' ')[^1]));

    public string IdOf(string? speaker, string passage)
    {
        if (speaker is null)
        {
            var unknown = new Actor
            {
                Id = $"unknown-speaker-{used.Count + 1}",
                Name = $"TODO: who said “{(passage.Length > 50 ? passage[..47] + "..." : passage)}”? Name the speaker (or the source).",
                Kind = ActorKind.Person,
            };
            used.Add(unknown);
            return unknown.Id;
        }

        var surname = speaker.Split(' ')[^1];
        var match = used.Concat(known).FirstOrDefault(a => Same(a, speaker, surname));
        if (match is not null)
        {
            if (!used.Contains(match))
            {
                used.Add(match);
            }
            else if (match.Name.Length < speaker.Length && !known.Contains(match))
            {
                used[used.IndexOf(match)] = match with { Name = speaker }; // the fullest form of the name seen
            }

            return match.Id;
        }

        var stub = new Actor
        {
            Id = Slug(speaker, used.Count + 1),
            Name = speaker,
            Kind = ActorKind.Person,
            Role = "TODO: check the kind (drafted as a person), give the role or office, and 'actsForId': the state or organization this speaker acts for.",
        };
        used.Add(stub);
        return stub.Id;
    }

    private static bool Same(Actor actor, string speaker, string surname) =>
        actor.Name == speaker || actor.Aliases.Contains(speaker)
        || (char.IsUpper(surname[0]) && actor.Name.Split(' ')[^1] == surname);

    private static string Slug(string name, int fallback)
    {
        var slug = new string([.. name.ToLowerInvariant().Normalize(NormalizationForm.FormD).Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or ' ' or '-')]).Trim().Replace(' ', '-');
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return slug.Length is > 0 and <= 64 ? slug : $"speaker-{fallback}";
    }
}
