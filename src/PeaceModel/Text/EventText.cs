using System.Globalization;
using System.Text;
using PeaceModel.Kinds;

namespace PeaceModel.Text;

/// <summary>
/// The one way PeaceModel words the parts of an event for people: dates, actors, stances, kinds of
/// proposal. Every text output of the library and of the <c>peacemodel</c> tool goes through here,
/// always in the invariant culture, so it reads the same on every machine.
/// </summary>
public static class EventText
{
    /// <summary>Writes a calendar day as ISO 8601: <c>2025-05-11</c>, whatever the current culture.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The day as <c>yyyy-MM-dd</c>.</returns>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes an <see cref="EventDate"/> as a reader wants it: the value as precise as it is, the time
    /// of day and zone when known, then how it was obtained: <c>2025-05-15, "Thursday" resolved against
    /// 2025-05-11</c>, <c>2025-06 (approximate: month)</c>, <c>2025-05-11 (inferred)</c> (the source gives no date),
    /// <c>2025-05-11 21:30 Europe/Moscow, "Sunday, May 11"</c>.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Date(EventDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        var value = Period(date, date.Value);
        if (date.End is { } end)
        {
            value += " to " + Period(date, end);
        }

        if (date.Time is { } time)
        {
            value += " " + time.ToString("HH:mm", CultureInfo.InvariantCulture) + (date.TimeZone is { } zone ? " " + zone : string.Empty);
            value += date.TimeZoneBasis == DateBasis.Inferred ? " (zone inferred)" : string.Empty;
        }
        else if (date.EndOfDay)
        {
            value += " 24:00 (end of day)";
        }
        else if (date.PartOfDay is { } part)
        {
            value += " " + Words(part);
        }

        if (date.Modifier is { } modifier)
        {
            value = $"{Words(modifier)} {value}";
        }

        return date.Basis switch
        {
            DateBasis.Relative => $"{value}, \"{date.Text}\" resolved against {(date.ResolvedAgainst is { } anchor ? Day(anchor) : "an unstated date")}",
            DateBasis.Inferred => date.Text is { } wording ? $"{value}, inferred from \"{wording}\"" : $"{value} (inferred)",
            _ => date.Text is { } text ? $"{value}, \"{text}\"" : value,
        };
    }

    /// <summary>Words a deadline after "by": <c>by 2026-04-21, "within seven days of signing" ...</c>; "on or before" is what "by" already says.</summary>
    /// <param name="deadline">The deadline.</param>
    /// <returns>The phrase, starting with "by".</returns>
    public static string By(EventDate deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return "by " + Date(deadline.Modifier == DateModifier.OnOrBefore ? deadline with { Modifier = null } : deadline);
    }

    private static string Period(EventDate date, DateOnly value) => date.Granularity switch
    {
        DateGranularity.Month => value.ToString("yyyy-MM", CultureInfo.InvariantCulture) + " (approximate: month)",
        DateGranularity.Year => value.ToString("yyyy", CultureInfo.InvariantCulture) + " (approximate: year)",
        _ => Day(value),
    };

    /// <summary>
    /// Names an actor: its name, with the party it acts for (<c>Ivo Rask (Keldor)</c>) or else its
    /// country when it is not itself a state (<c>Volodymyr Zelensky (UKR)</c>, <c>Ukraine</c>). One who
    /// acts for a person is named with its role, which says for whom (<c>Farhan Haq (spokesperson for the
    /// Secretary-General)</c>), never as <c>Farhan Haq (Secretary-General)</c>, which reads as if he held
    /// the office. An id that names no actor is quoted (<c>'ghost'</c>).
    /// </summary>
    /// <param name="index">The index of the event the actor belongs to.</param>
    /// <param name="actorId">The actor's id.</param>
    /// <returns>The name.</returns>
    public static string Name(EventIndex index, string actorId)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (index.Find<Actor>(actorId) is not { } actor)
        {
            return $"'{actorId}'";
        }

        if (actor.ActsForId is { } principalId && principalId != actorId)
        {
            var principal = index.Find<Actor>(principalId);
            return principal is { Kind: ActorKind.Person }
                ? $"{actor.Name} ({actor.Role ?? "for " + principal.Name})"
                : $"{actor.Name} ({principal?.Name ?? principalId})";
        }

        return actor.Country is { } country && actor.Kind != ActorKind.State ? $"{actor.Name} ({country})" : actor.Name;
    }

    /// <summary>
    /// Names who made a statement and through whom the report knows it: <c>Supreme Defence Council of Kolvath (Kolvath), via state news agency, Kolvath Today</c>;
    /// an unnamed speaker by its description (<c>an official familiar with the talks</c>, with its affiliation where given).
    /// </summary>
    /// <param name="index">The index of the event the statement belongs to.</param>
    /// <param name="statement">The statement.</param>
    /// <returns>The words.</returns>
    public static string Speaker(EventIndex index, Statement statement)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(statement);
        var who = statement.SpeakerId is { } speaker ? Name(index, speaker)
            : statement.UnnamedSpeaker is { } unnamed ? unnamed.Description + (unnamed.AffiliationId is { } affiliation ? $" ({Name(index, affiliation)})" : string.Empty)
            : "an unnamed speaker";
        return statement.RelayedByIds.Count == 0 ? who : $"{who}, via {string.Join(", ", statement.RelayedByIds.Select(id => Name(index, id)))}";
    }

    /// <summary>A count with its noun, plural unless the count is one: <c>1 event</c>, <c>3 events</c>, <c>0 source documents</c>.</summary>
    /// <param name="count">The count.</param>
    /// <param name="noun">The noun in the singular, whose plural takes an <c>s</c>.</param>
    /// <returns>The count and the noun.</returns>
    public static string Count(long count, string noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        return string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
    }

    /// <summary>Describes a stance as the verb of a sentence: <c>welcomes</c>, <c>accepts on conditions</c>, <c>dismisses</c>, ...</summary>
    /// <param name="stance">The stance.</param>
    /// <returns>The verb phrase.</returns>
    public static string Verb(Stance stance) => stance switch
    {
        Stance.Welcome => "welcomes",
        Stance.Accept => "accepts",
        Stance.ConditionalAcceptance => "accepts on conditions",
        Stance.Reject => "rejects",
        Stance.Dismiss => "dismisses",
        Stance.Noncommittal => "is noncommittal towards",
        Stance.Counter => "counters",
        Stance.Defer => "defers its answer to",
        Stance.Consider => "is considering",
        Stance.Withdraw => "withdraws",
        Stance.Maintain => "maintains",
        Stance.Confirm => "confirms",
        Stance.Deny => "denies",
        Stance.Suspend => "suspends",
        Stance.Negotiate => "wants to negotiate",
        Stance.Undisclosed => "answers, without disclosing how,",
        _ => Words(stance),
    };

    /// <summary>The verb of a proposal's act, third person: <c>offers</c>, <c>requests</c>, <c>invites to</c>; <c>proposes</c> when the act is not said.</summary>
    /// <param name="act">The act, or <see langword="null"/>.</param>
    /// <returns>The verb.</returns>
    public static string Verb(ProposalAct? act) => act switch
    {
        ProposalAct.Offer => "offers",
        ProposalAct.Request => "requests",
        ProposalAct.Demand => "demands",
        ProposalAct.Invitation => "invites to",
        ProposalAct.Suggestion => "suggests",
        ProposalAct.Appeal => "appeals for",
        _ => "proposes",
    };

    /// <summary>Describes what a proposal proposes as a noun phrase: <c>direct negotiations</c>, <c>a ceasefire</c>, ...</summary>
    /// <param name="kind">The kind of proposal.</param>
    /// <returns>The noun phrase.</returns>
    public static string Phrase(ProposalKind kind) => kind switch
    {
        ProposalKind.DirectNegotiations => "direct negotiations",
        ProposalKind.MediatedNegotiations => "mediated negotiations",
        ProposalKind.Meeting => "a meeting",
        ProposalKind.Ceasefire => "a ceasefire",
        ProposalKind.Truce => "a truce",
        ProposalKind.PrisonerExchange => "a prisoner exchange",
        ProposalKind.HumanitarianArrangement => "a humanitarian arrangement",
        ProposalKind.PeaceAgreement => "a peace agreement",
        ProposalKind.Assistance => "assistance",
        ProposalKind.Cooperation => "cooperation",
        ProposalKind.Access => "access",
        ProposalKind.Other => "an arrangement",
        _ => Words(kind),
    };

    /// <summary>Turns an enum member into lower-case words: <c>TelevisedAddress</c> becomes <c>televised address</c>.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The member.</param>
    /// <returns>The words.</returns>
    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var words = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }

    /// <summary>A sentence turned into a clause: first letter lower-cased, final full stop removed.</summary>
    /// <summary>The start of a summary to name a record or term by, without its full stop: at most 60 characters, cut at a word, with an ellipsis.</summary>
    internal static string Shortened(string summary)
    {
        const int Longest = 60;
        var text = summary.TrimEnd('.');
        if (text.Length <= Longest)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', Longest);
        return text[..(cut > 20 ? cut : Longest)] + "…";
    }

    internal static string Clause(string sentence) =>
        sentence.Length == 0 ? sentence : char.ToLowerInvariant(sentence[0]) + sentence[1..].TrimEnd('.');
}
