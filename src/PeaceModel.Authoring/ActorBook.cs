using System.Globalization;
using System.Text;

namespace PeaceModel.Authoring;

/// <summary>
/// The speakers met so far, matched to each other and to known actors by name, alias or surname (spellings
/// of one surname are one person: "Zelensky" and "Volodymyr Zelenskiy"); unknown ones become stubs of the
/// kind the report gives them, with placeholders.
/// </summary>
internal sealed class ActorBook(ValueList<Actor> known)
{
    private static readonly HashSet<string> Particles = new(Gazetteer.NameParticles, StringComparer.OrdinalIgnoreCase);

    private readonly List<Actor> used = [];

    public IEnumerable<Actor> Actors => used;

    /// <summary>Adds a person named with an office, unless already met; the office goes in the role, with what is left to fill in.</summary>
    public void Mention(Speaker person)
    {
        var role = $"TODO: check the office (the report says \"{person.Title}\") and give 'actsForId': the state or organization {person.Name} acts for.";
        if (used.FindIndex(a => Same(a, person.Name, person.Kind)) is var at and >= 0)
        {
            if (!known.Contains(used[at]))
            {
                used[at] = used[at] with { Name = person.Name.Length > used[at].Name.Length ? person.Name : used[at].Name, Role = person.Title is null ? used[at].Role : role };
            }

            return;
        }

        if (known.FirstOrDefault(a => Same(a, person.Name, person.Kind)) is { } match)
        {
            used.Add(match);
            return;
        }

        used.Add(Stub(person, person.Title is null ? null : role));
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

    /// <summary>The id of a speaker's actor, met before, known or added now; a placeholder actor for a passage whose speaker was not found.</summary>
    public string IdOf(Speaker? speaker, string passage)
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

        var match = used.Concat(known).FirstOrDefault(a => Same(a, speaker.Name, speaker.Kind));
        if (match is not null)
        {
            if (!used.Contains(match))
            {
                used.Add(match);
            }
            else if (match.Name.Length < speaker.Name.Length && !known.Contains(match))
            {
                used[used.IndexOf(match)] = match with { Name = speaker.Name }; // the fullest form of the name seen
            }

            return match.Id;
        }

        var stub = Stub(speaker, null);
        used.Add(stub);
        return stub.Id;
    }

    private Actor Stub(Speaker speaker, string? role) => new()
    {
        Id = Slug(speaker.Name, used.Count + 1),
        Name = speaker.Name,
        Kind = speaker.Kind,
        Role = role ?? (speaker.Kind == ActorKind.Person
            ? "TODO: check the kind (drafted as a person), give the role or office, and 'actsForId': the state or organization this speaker acts for."
            : $"TODO: check the kind (drafted as {KindWords(speaker.Kind)}) and give 'actsForId' where it acts for a state or organization."),
    };

    private static string KindWords(ActorKind kind) => kind switch
    {
        ActorKind.State => "a state",
        ActorKind.Government => "a government or one of its bodies",
        ActorKind.InternationalOrganization => "an international organization",
        ActorKind.Group => "a group",
        _ => "a person",
    };

    /// <summary>Whether an actor is the one a name means: the same name or alias; for people, the same surname however it is spelt, and first names that agree when both are given.</summary>
    private static bool Same(Actor actor, string name, ActorKind kind)
    {
        if (actor.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || actor.Aliases.Any(a => a.Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (actor.Kind != kind || kind != ActorKind.Person || actor.Id.StartsWith("unknown-speaker-", StringComparison.Ordinal))
        {
            return false;
        }

        // Name particles are no first names: "De Mistura" is "Staffan de Mistura".
        var a = actor.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Particles.Contains(w)).ToArray();
        var b = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Particles.Contains(w)).ToArray();
        if (a.Length == 0 || b.Length == 0 || !char.IsUpper(b[^1][0]) || !char.IsUpper(a[^1][0]))
        {
            return false;
        }

        if (!SameSpelling(a[^1], b[^1]))
        {
            // A family name written first ("Mao Ning", then "Mao said").
            return (a.Length == 1 && b.Length == 2 && a[0] == b[0]) || (b.Length == 1 && a.Length == 2 && a[0] == b[0]);
        }

        return a.Length == 1 || b.Length == 1 || SameSpelling(a[0], b[0]) || a[0][0] == b[0][0] && (a[0].Length <= 2 || b[0].Length <= 2);
    }

    /// <summary>Two spellings of one name: equal without accents and case once common transliteration variants are folded ("Zelenskiy", "Zelensky"; "Sergei", "Sergey"), or one letter apart in a long name.</summary>
    private static bool SameSpelling(string x, string y)
    {
        string Fold(string s)
        {
            var plain = new string([.. s.Normalize(NormalizationForm.FormD).Where(c => char.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]).ToLowerInvariant();
            return plain.Replace("iy", "y", StringComparison.Ordinal).Replace("yi", "y", StringComparison.Ordinal).Replace("ii", "i", StringComparison.Ordinal)
                .Replace("ei", "ey", StringComparison.Ordinal).Replace("kh", "h", StringComparison.Ordinal).Replace("’", "'", StringComparison.Ordinal).TrimEnd('\'');
        }

        var (f, g) = (Fold(x), Fold(y));
        return f == g || (f.Length >= 6 && g.Length >= 6 && f[..3] == g[..3] && Distance(f, g) <= 1);
    }

    private static int Distance(string s, string t)
    {
        var d = new int[t.Length + 1];
        for (var j = 0; j <= t.Length; j++)
        {
            d[j] = j;
        }

        for (var i = 1; i <= s.Length; i++)
        {
            var diagonal = d[0];
            d[0] = i;
            for (var j = 1; j <= t.Length; j++)
            {
                var above = d[j];
                d[j] = Math.Min(Math.Min(d[j] + 1, d[j - 1] + 1), diagonal + (s[i - 1] == t[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return d[t.Length];
    }

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
