using PeaceModel.Validation;

namespace PeaceModel.Tests.Validation;

/// <summary>One or more damaged copies of the seed for every validation rule.</summary>
internal static class SeedVariants
{
    private static readonly DateOnly ReportDate = new(2025, 5, 11);

    public static IReadOnlyList<SeedVariant> All { get; } =
    [
        new("blank actor name", e => WithActor(e, 0, a => a with { Name = "  " }), ErrorCodes.Required, "actors[0].name"),
        new("statement says nothing", e => WithStatement(e, 2, s => s with { Paraphrase = null }), ErrorCodes.Required, "statements[2].paraphrase"),
        new("ultimatum without consequence", e => WithCondition(e, 1, c => c with { Consequence = null }), ErrorCodes.Required, "conditions[1].consequence"),
        new("statement with no speaker, named or not", e => WithStatement(e, 0, s => s with { SpeakerId = null }), ErrorCodes.Required, "statements[0].speakerId"),
        new("statement with a named and an unnamed speaker", e => WithStatement(e, 0, s => s with { UnnamedSpeaker = new UnnamedSource { Description = "an aide" } }), ErrorCodes.Required, "statements[0].speakerId"),
        new("blank optional role", e => WithActor(e, 0, a => a with { Role = "" }), ErrorCodes.Required, "actors[0].role"),
        new("title too long", e => e with { Title = new string('x', 201) }, ErrorCodes.TooLong, "title"),
        new("quotation too long", e => WithStatement(e, 0, s => s with { Quotations = [new Quotation { Text = new string('q', 10_001), Start = 0, Length = 10_001 }] }), ErrorCodes.TooLong, "statements[0].quotations[0].text"),
        new("id in capitals", e => WithActor(e, 2, a => a with { Id = "Trump" }), ErrorCodes.InvalidId, "actors[2].id"),
        new("reference with a space", e => WithStatement(e, 0, s => s with { AudienceIds = ["kyiv authorities"] }), ErrorCodes.InvalidId, "statements[0].audienceIds[0]"),
        new("id used twice", e => WithStatement(e, 1, s => s with { Id = "putin" }), ErrorCodes.DuplicateId, "statements[1].id"),
        new("two-letter country", e => WithActor(e, 0, a => a with { Country = "RU" }), ErrorCodes.InvalidCountry, "actors[0].country"),
        new("venue in a country that does not exist", e => WithProposal(e, 0, p => p with { Terms = p.Terms with { Venue = p.Terms.Venue! with { Country = "XYZ" } } }), ErrorCodes.InvalidCountry, "proposals[0].terms.venue.country"),
        new("Wikidata id without Q", e => WithActor(e, 0, a => a with { WikidataId = "7747" }), ErrorCodes.InvalidExternalId, "actors[0].wikidataId"),
        new("CAMEO actor code in lower case", e => WithActor(e, 0, a => a with { CameoCode = "rusgov" }), ErrorCodes.InvalidExternalId, "actors[0].cameoCode"),
        new("hash that is no SHA-256", e => e with { Sources = [e.Sources[0] with { Sha256 = "abc" }] }, ErrorCodes.InvalidExternalId, "sources[0].sha256"),
        new("relative URL", e => e with { Sources = [e.Sources[0] with { Url = "/news/putin" }] }, ErrorCodes.InvalidExternalId, "sources[0].url"),
        new("undefined stance", e => WithReaction(e, 0, r => r with { Stance = (Stance)42 }), ErrorCodes.InvalidValue, "reactions[0].stance"),
        new("zero-day ceasefire", e => WithProposal(e, 1, p => p with { Terms = p.Terms with { Duration = p.Terms.Duration! with { Value = 0 } } }), ErrorCodes.InvalidValue, "proposals[1].terms.duration.value"),
        new("negative quotation start", e => WithQuotation(e, 1, 0, q => q with { Start = -1 }), ErrorCodes.InvalidValue, "statements[1].quotations[0].start"),
        new("alias listed twice", e => WithActor(e, 1, a => a with { Aliases = ["Zelenskiy", "Zelenskiy"] }), ErrorCodes.DuplicateValue, "actors[1].aliases"),
        new("misspelt speaker", e => WithStatement(e, 0, s => s with { SpeakerId = "putn" }), ErrorCodes.UnknownReference, "statements[0].speakerId"),
        new("condition on a missing proposal", e => WithCondition(e, 0, c => c with { ProposalId = "geneva-talks" }), ErrorCodes.UnknownReference, "conditions[0].proposalId"),
        new("statement from an unknown source", e => WithStatement(e, 2, s => s with { SourceId = "another-report" }), ErrorCodes.UnknownReference, "statements[2].sourceId"),
        new("reaction to an actor", e => WithReaction(e, 0, r => r with { TargetId = "putin" }), ErrorCodes.WrongReferenceKind, "reactions[0].targetId"),
        new("proposal made in a proposal", e => WithProposal(e, 0, p => p with { StatementIds = ["european-30-day-ceasefire"] }), ErrorCodes.WrongReferenceKind, "proposals[0].statementIds[0]"),
        new("relative date without wording", e => WithProposal(e, 0, p => p with { Terms = p.Terms with { Date = p.Terms.Date! with { Text = null } } }), ErrorCodes.InvalidDate, "proposals[0].terms.date.text"),
        new("inferred date without anchor", e => WithStatement(e, 1, s => s with { SaidOn = s.SaidOn with { ResolvedAgainst = null } }), ErrorCodes.InvalidDate, "statements[1].saidOn.resolvedAgainst"),
        new("month-granular date not on the first", e => e with { Date = new EventDate { Value = new DateOnly(2025, 5, 11), Granularity = DateGranularity.Month } }, ErrorCodes.InvalidDate, "date.value"),
        new("time zone without time", e => WithStatement(e, 0, s => s with { SaidOn = s.SaidOn with { TimeZone = "Europe/Moscow" } }), ErrorCodes.InvalidDate, "statements[0].saidOn.timeZone"),
        new("talks proposed for the past", e => WithProposal(e, 0, p => p with { Terms = p.Terms with { Date = EventDate.Relative(new DateOnly(2025, 5, 8), "Thursday", ReportDate) } }), ErrorCodes.DateBeforeStatement, "proposals[0].terms.date.value"),
        new("ceasefire starting before it was demanded", e => WithCondition(e, 0, c => c with { StartsOn = EventDate.Stated(new DateOnly(2025, 5, 1)) }), ErrorCodes.DateBeforeStatement, "conditions[0].startsOn.value"),
        new("reaction before the proposal", e => WithStatement(e, 4, s => s with { SaidOn = EventDate.Stated(new DateOnly(2025, 5, 10)) }), ErrorCodes.ReactionBeforeTarget, "reactions[3].statementIds[0]"),
        new("quotation beyond the end of the text", e => WithQuotation(e, 0, 0, q => q with { Start = 5_000 }), ErrorCodes.QuotationOutOfRange, "statements[0].quotations[0].start"),
        new("quotation reworded", e => WithQuotation(e, 0, 1, q => q with { Text = "We offer the Kyiv authorities to resume negotiations on Thursday, in Istanbul.", Length = 78 }), ErrorCodes.QuotationMismatch, "statements[0].quotations[1].text"),
        new("quotation shifted by one", e => WithQuotation(e, 3, 0, q => q with { Start = q.Start + 1 }), ErrorCodes.QuotationMismatch, "statements[3].quotations[0].text"),
        new("quotation length not its text's", e => WithQuotation(e, 3, 0, q => q with { Length = 11 }), ErrorCodes.QuotationMismatch, "statements[3].quotations[0].length"),
        new("CAMEO code without leading zero", e => WithProposal(e, 0, p => p with { Codes = [p.Codes[0] with { Code = "36x" }, p.Codes[1]] }), ErrorCodes.InvalidEventCode, "proposals[0].codes[0].code"),
        new("PLOVER type renamed in 2021", e => WithProposal(e, 1, p => p with { Codes = [p.Codes[0], p.Codes[1] with { Code = "DEMAND" }] }), ErrorCodes.InvalidEventCode, "proposals[1].codes[1].code"),
        new("CAMEO code with a mode", e => WithProposal(e, 0, p => p with { Codes = [p.Codes[0] with { Mode = "meet" }, p.Codes[1]] }), ErrorCodes.InvalidEventCode, "proposals[0].codes[0].mode"),
        new("schema version 3", e => e with { SchemaVersion = "3.0" }, ErrorCodes.UnsupportedSchemaVersion, "schemaVersion"),
        new("quotations without a source", e => WithStatement(e, 1, s => s with { SourceId = null }), ErrorCodes.MissingSource, "statements[1].sourceId"),
        new("modeled from another text", e => e with { Sources = [e.Sources[0] with { Sha256 = new string('0', 64) }] }, ErrorCodes.SourceTextMismatch, "sources[0].sha256"),
        new("a person with members", e => WithActor(e, 0, a => a with { MemberIds = ["russia"] }), ErrorCodes.InvalidMembership, "actors[0].memberIds"),
        new("a group that is its own member", e => WithActor(e, 3, a => a with { MemberIds = ["european-leaders"] }), ErrorCodes.InvalidMembership, "actors[3].memberIds[0]"),
        new("a third party withdraws the proposal", e => e with { Reactions = Replace(e.Reactions, 3, r => r with { Stance = Stance.Withdraw }) }, ErrorCodes.InvalidRole, "reactions[3].stance"),
        new("a counter-proposal to one's own proposal", e => WithProposal(e, 1, p => p with { ProposerId = "putin", CountersId = "istanbul-direct-talks" }), ErrorCodes.InvalidRole, "proposals[1].countersId"),
        new("a party that acts for its own spokesman", e => WithActor(e, 4, a => a with { ActsForId = "putin" }), ErrorCodes.ActsForCycle, "actors[4].actsForId"),
        new("a draft placeholder left in", e => WithActor(e, 0, a => a with { Role = "TODO: give the role or office" }), ErrorCodes.DraftPlaceholder, "actors[0].role"),
        new("a meeting nobody proposes, without a status", e => WithProposal(e, 0, p => p with { Terms = p.Terms with { MeetingId = null } }), ErrorCodes.MissingStatus, "meetings[0].status"),
        new("an unknown participant", e => e with { Meetings = [e.Meetings[0] with { Participants = [.. e.Meetings[0].Participants, new Participant { ActorId = "turkey", Role = ParticipantRole.Host }] }] }, ErrorCodes.UnknownReference, "meetings[0].participants[2].actorId"),
    ];

    private static DiplomaticEvent WithActor(DiplomaticEvent e, int i, Func<Actor, Actor> change) =>
        e with { Actors = Replace(e.Actors, i, change) };

    private static DiplomaticEvent WithStatement(DiplomaticEvent e, int i, Func<Statement, Statement> change) =>
        e with { Statements = Replace(e.Statements, i, change) };

    private static DiplomaticEvent WithQuotation(DiplomaticEvent e, int i, int j, Func<Quotation, Quotation> change) =>
        WithStatement(e, i, s => s with { Quotations = Replace(s.Quotations, j, change) });

    private static DiplomaticEvent WithProposal(DiplomaticEvent e, int i, Func<Proposal, Proposal> change) =>
        e with { Proposals = Replace(e.Proposals, i, change) };

    private static DiplomaticEvent WithCondition(DiplomaticEvent e, int i, Func<Condition, Condition> change) =>
        e with { Conditions = Replace(e.Conditions, i, change) };

    private static DiplomaticEvent WithReaction(DiplomaticEvent e, int i, Func<Reaction, Reaction> change) =>
        e with { Reactions = Replace(e.Reactions, i, change) };

    private static ValueList<T> Replace<T>(ValueList<T> list, int index, Func<T, T> change) =>
        list.SetItem(index, change(list[index]));
}
