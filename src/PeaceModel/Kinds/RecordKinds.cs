using PeaceModel.Validation;
using static PeaceModel.Kinds.ReferenceRole;

namespace PeaceModel.Kinds;

/// <summary>
/// The one declaration of every kind of record an event holds and of every link between records.
/// Adding a link is one line here; adding a kind is a record type, its validator and one entry
/// (see <c>docs/architecture.md</c>). Everything that loops over kinds or links reads this list.
/// </summary>
public static class RecordKinds
{
    /// <summary>The links a <see cref="Term"/> holds, wherever terms stand (an agreement's list, a proposal's terms). Declared before the kinds that read it.</summary>
    private static readonly ItemLink<Term>[] TermLinks =
    [
        ItemLink<Term>.Many(nameof(Term.ActorIds), t => t.ActorIds, ReferenceRole.Participant, typeof(Actor)),
        ItemLink<Term>.One(nameof(Term.MeetingId), t => t.MeetingId, Occasion, typeof(Meeting)),
    ];

    /// <summary>The link a <see cref="RecordLink"/> holds, wherever links stand (an agreement's, a proposal's, a vote's).</summary>
    private static readonly ItemLink<RecordLink>[] BasisLinks =
    [
        ItemLink<RecordLink>.One(nameof(RecordLink.TargetId), l => l.TargetId, Basis, typeof(Agreement), typeof(Vote), typeof(Proposal)),
    ];

    /// <summary>Gets the documents an event was modeled from.</summary>
    public static RecordKind<SourceDocument> Source { get; } = new(
        nameof(DiplomaticEvent.Sources), e => e.Sources, "source document", () => new SourceDocumentValidator(), s => s.Title,
        []);

    /// <summary>Gets the actors; a group names its members.</summary>
    public static RecordKind<Actor> Actor { get; } = new(
        nameof(DiplomaticEvent.Actors), e => e.Actors, "actor", () => new ActorValidator(), a => a.Name,
        [
            RecordReference<Actor>.Many(nameof(PeaceModel.Actor.MemberIds), a => a.MemberIds, Member, typeof(Actor)),
            RecordReference<Actor>.One(nameof(PeaceModel.Actor.ActsForId), a => a.ActsForId, Principal, typeof(Actor)),
        ]);

    /// <summary>Gets the statements: a speaker, an audience, the source they are quoted from.</summary>
    public static RecordKind<Statement> Statement { get; } = new(
        nameof(DiplomaticEvent.Statements), e => e.Statements, "statement", () => new StatementValidator(), s => s.Paraphrase ?? (s.Quotations.Count > 0 ? s.Quotations[0]?.Text : null),
        [
            RecordReference<Statement>.One(nameof(PeaceModel.Statement.SpeakerId), s => s.SpeakerId, Author, typeof(Actor)),
            RecordReference<Statement>.OneIn(nameof(PeaceModel.Statement.UnnamedSpeaker), s => s.UnnamedSpeaker, nameof(UnnamedSource.AffiliationId), u => u.AffiliationId, Principal, typeof(Actor)),
            RecordReference<Statement>.Many(nameof(PeaceModel.Statement.RelayedByIds), s => s.RelayedByIds, Relay, typeof(Actor)),
            RecordReference<Statement>.Many(nameof(PeaceModel.Statement.AudienceIds), s => s.AudienceIds, Audience, typeof(Actor)),
            RecordReference<Statement>.One(nameof(PeaceModel.Statement.SourceId), s => s.SourceId, ReferenceRole.Source, typeof(SourceDocument)),
        ],
        [RecordDate<Statement>.One(nameof(PeaceModel.Statement.SaidOn), s => s.SaidOn, DateRole.Made, "statement")],
        codes: s => s.Codes, place: s => s.Location);

    /// <summary>Gets the meetings: participants in their roles, the statements that report them.</summary>
    public static RecordKind<Meeting> Meeting { get; } = new(
        nameof(DiplomaticEvent.Meetings), e => e.Meetings, "meeting", () => new MeetingValidator(), m => m.Name,
        [
            RecordReference<Meeting>.OnePerItem(nameof(PeaceModel.Meeting.Participants), m => m.Participants, nameof(Participant.ActorId), p => p.ActorId, ReferenceRole.Participant, typeof(Actor)),
            RecordReference<Meeting>.One(nameof(PeaceModel.Meeting.InitiatorId), m => m.InitiatorId, Author, typeof(Actor)),
            RecordReference<Meeting>.ManyPerItem(nameof(PeaceModel.Meeting.Pauses), m => m.Pauses, nameof(MeetingPause.CauseIds), p => p.CauseIds, Cause, typeof(Incident), typeof(Claim), typeof(Statement), typeof(Reaction), typeof(Vote)),
            RecordReference<Meeting>.OnePerItem(nameof(PeaceModel.Meeting.Agenda), m => m.Agenda, nameof(AgendaItem.RecordId), a => a.RecordId, Subject, typeof(Proposal), typeof(Agreement), typeof(Incident), typeof(Claim), typeof(Condition), typeof(Commitment), typeof(Vote)),
            RecordReference<Meeting>.Many(nameof(PeaceModel.Meeting.ProducedIds), m => m.ProducedIds, Result, typeof(Agreement), typeof(Commitment), typeof(Proposal), typeof(Vote), typeof(Statement)),
            RecordReference<Meeting>.Many(nameof(PeaceModel.Meeting.UnresolvedIds), m => m.UnresolvedIds, Result, typeof(Proposal), typeof(Condition), typeof(Claim), typeof(Agreement)),
            RecordReference<Meeting>.Many(nameof(PeaceModel.Meeting.StatementIds), m => m.StatementIds, ExpressedIn, typeof(Statement)),
        ],
        [
            RecordDate<Meeting>.One(nameof(PeaceModel.Meeting.Date), m => m.Date, DateRole.TakesPlace, "meeting"),
            RecordDate<Meeting>.PerItem(nameof(PeaceModel.Meeting.Participants), m => m.Participants, nameof(Participant.CourseDate), p => p.CourseDate, p => p.ActorId, DateRole.Made, "participant's course"),
            RecordDate<Meeting>.PerItem(nameof(PeaceModel.Meeting.Pauses), m => m.Pauses, nameof(MeetingPause.Date), p => p.Date, _ => null, DateRole.Starts, "talks paused"),
            RecordDate<Meeting>.PerItem(nameof(PeaceModel.Meeting.Pauses), m => m.Pauses, nameof(MeetingPause.ResumedOn), p => p.ResumedOn, _ => null, DateRole.TakesPlace, "talks resumed"),
        ],
        codes: m => m.Codes, place: m => m.Venue);

    /// <summary>Gets the agreements: the meeting that reached them, signatories, the actors and meetings their terms name.</summary>
    public static RecordKind<Agreement> Agreement { get; } = new(
        nameof(DiplomaticEvent.Agreements), e => e.Agreements, "agreement", () => new AgreementValidator(), a => a.Summary,
        [
            RecordReference<Agreement>.One(nameof(PeaceModel.Agreement.MeetingId), a => a.MeetingId, Occasion, typeof(Meeting)),
            RecordReference<Agreement>.Many(nameof(PeaceModel.Agreement.StatementIds), a => a.StatementIds, ExpressedIn, typeof(Statement)),
            RecordReference<Agreement>.OnePerItem(nameof(PeaceModel.Agreement.Signatories), a => a.Signatories, nameof(Signatory.ActorId), s => s.ActorId, ReferenceRole.Participant, typeof(Actor)),
            RecordReference<Agreement>.OnePerItem(nameof(PeaceModel.Agreement.Signatories), a => a.Signatories, nameof(Signatory.StatementId), s => s.StatementId, ExpressedIn, typeof(Statement)),
            .. RecordReference<Agreement>.InEach(nameof(PeaceModel.Agreement.Terms), a => a.Terms, TermLinks),
            RecordReference<Agreement>.Many(nameof(PeaceModel.Agreement.VerifierIds), a => a.VerifierIds, ReferenceRole.Participant, typeof(Actor)),
            .. RecordReference<Agreement>.InEach(nameof(PeaceModel.Agreement.Links), a => a.Links, BasisLinks).Select(r => r.External()),
        ],
        [
            RecordDate<Agreement>.One(nameof(PeaceModel.Agreement.Date), a => a.Date, DateRole.Made, "agreement"),
            RecordDate<Agreement>.PerItem(nameof(PeaceModel.Agreement.Terms), a => a.Terms, nameof(Term.Date), t => t.Date, t => t.Id, DateRole.TakesEffect, "term effective"),
            RecordDate<Agreement>.PerItem(nameof(PeaceModel.Agreement.Terms), a => a.Terms, nameof(Term.Deadline), t => t.Deadline, t => t.Id, DateRole.Deadline, "term deadline"),
        ],
        codes: a => a.Codes);

    /// <summary>Gets the proposals: proposer, addressees, the statements that made them, what they counter or concern.</summary>
    public static RecordKind<Proposal> Proposal { get; } = new(
        nameof(DiplomaticEvent.Proposals), e => e.Proposals, "proposal", () => new ProposalValidator(), p => p.Summary,
        [
            RecordReference<Proposal>.One(nameof(PeaceModel.Proposal.ProposerId), p => p.ProposerId, Author, typeof(Actor)),
            RecordReference<Proposal>.Many(nameof(PeaceModel.Proposal.AddresseeIds), p => p.AddresseeIds, Addressee, typeof(Actor)),
            RecordReference<Proposal>.Many(nameof(PeaceModel.Proposal.StatementIds), p => p.StatementIds, ExpressedIn, typeof(Statement)),
            RecordReference<Proposal>.One(nameof(PeaceModel.Proposal.CountersId), p => p.CountersId, Counter, typeof(Proposal)).External(),
            RecordReference<Proposal>.One(nameof(PeaceModel.Proposal.SubjectId), p => p.SubjectId, Subject, typeof(Agreement), typeof(Meeting), typeof(Proposal), typeof(Claim), typeof(Incident)).External(),
            .. RecordReference<Proposal>.InValue(nameof(PeaceModel.Proposal.Terms), p => p.Terms, TermLinks),
            .. RecordReference<Proposal>.InEach(nameof(PeaceModel.Proposal.Points), p => p.Points, TermLinks),
            .. RecordReference<Proposal>.InEach(nameof(PeaceModel.Proposal.Links), p => p.Links, BasisLinks).Select(r => r.External()),
        ],
        [
            RecordDate<Proposal>.In(nameof(PeaceModel.Proposal.Terms), p => p.Terms, nameof(Term.Date), t => t.Date, DateRole.Proposed, "proposed date").AfterStatements(),
            RecordDate<Proposal>.In(nameof(PeaceModel.Proposal.Terms), p => p.Terms, nameof(Term.Deadline), t => t.Deadline, DateRole.Deadline, "term deadline"),
            RecordDate<Proposal>.PerItem(nameof(PeaceModel.Proposal.Points), p => p.Points, nameof(Term.Date), t => t.Date, t => t.Id, DateRole.Proposed, "point's date").AfterStatements(),
            RecordDate<Proposal>.PerItem(nameof(PeaceModel.Proposal.Points), p => p.Points, nameof(Term.Deadline), t => t.Deadline, t => t.Id, DateRole.Deadline, "point's deadline"),
        ],
        codes: p => p.Codes);

    /// <summary>Gets the conditions attached to proposals.</summary>
    public static RecordKind<Condition> Condition { get; } = new(
        nameof(DiplomaticEvent.Conditions), e => e.Conditions, "condition", () => new ConditionValidator(), c => c.Requirement,
        [
            RecordReference<Condition>.One(nameof(PeaceModel.Condition.SetterId), c => c.SetterId, Author, typeof(Actor)),
            RecordReference<Condition>.One(nameof(PeaceModel.Condition.ProposalId), c => c.ProposalId, Subject, typeof(Proposal)),
            RecordReference<Condition>.Many(nameof(PeaceModel.Condition.AddresseeIds), c => c.AddresseeIds, Addressee, typeof(Actor)),
            RecordReference<Condition>.Many(nameof(PeaceModel.Condition.StatementIds), c => c.StatementIds, ExpressedIn, typeof(Statement)),
        ],
        [
            RecordDate<Condition>.One(nameof(PeaceModel.Condition.StartsOn), c => c.StartsOn, DateRole.Starts, "condition start").AfterStatements(),
            RecordDate<Condition>.One(nameof(PeaceModel.Condition.Deadline), c => c.Deadline, DateRole.Deadline, "condition deadline").AfterStatements(),
        ],
        codes: c => c.Codes);

    /// <summary>Gets the reactions to proposals, statements and conditions.</summary>
    public static RecordKind<Reaction> Reaction { get; } = new(
        nameof(DiplomaticEvent.Reactions), e => e.Reactions, "reaction", () => new ReactionValidator(), r => r.Summary,
        [
            RecordReference<Reaction>.One(nameof(PeaceModel.Reaction.ReactorId), r => r.ReactorId, Author, typeof(Actor)),
            RecordReference<Reaction>.One(nameof(PeaceModel.Reaction.TargetId), r => r.TargetId, Subject, typeof(Proposal), typeof(Statement), typeof(Condition), typeof(Agreement), typeof(Meeting), typeof(Claim), typeof(Vote), typeof(Commitment), typeof(Reaction), typeof(Incident), typeof(Implementation)).External(),
            RecordReference<Reaction>.Many(nameof(PeaceModel.Reaction.StatementIds), r => r.StatementIds, ExpressedIn, typeof(Statement)),
        ],
        codes: r => r.Codes);

    /// <summary>Gets the claims: who asserts them, the statements that make them, what they are about.</summary>
    public static RecordKind<Claim> Claim { get; } = new(
        nameof(DiplomaticEvent.Claims), e => e.Claims, "claim", () => new ClaimValidator(), c => c.Summary,
        [
            RecordReference<Claim>.One(nameof(PeaceModel.Claim.ClaimantId), c => c.ClaimantId, Author, typeof(Actor)),
            RecordReference<Claim>.Many(nameof(PeaceModel.Claim.AboutIds), c => c.AboutIds, Subject, typeof(Incident), typeof(Agreement), typeof(Meeting), typeof(Proposal), typeof(Claim), typeof(Condition), typeof(Vote), typeof(Commitment)).External(),
            RecordReference<Claim>.Many(nameof(PeaceModel.Claim.StatementIds), c => c.StatementIds, ExpressedIn, typeof(Statement)),
            RecordReference<Claim>.Many(nameof(PeaceModel.Claim.ConflictsWithIds), c => c.ConflictsWithIds, Conflict, typeof(Claim)).External(),
            .. RecordReference<Claim>.InValue(nameof(PeaceModel.Claim.Terms), c => c.Terms, TermLinks),
        ],
        [
            RecordDate<Claim>.One(nameof(PeaceModel.Claim.Date), c => c.Date, DateRole.Asserted, "claimed date"),
            RecordDate<Claim>.In(nameof(PeaceModel.Claim.Terms), c => c.Terms, nameof(Term.Date), t => t.Date, DateRole.Asserted, "claimed start"),
            RecordDate<Claim>.In(nameof(PeaceModel.Claim.Terms), c => c.Terms, nameof(Term.Deadline), t => t.Deadline, DateRole.Deadline, "claimed deadline"),
        ],
        codes: c => c.Codes);

    /// <summary>Gets the incidents: who is said to have done them, and to whom.</summary>
    public static RecordKind<Incident> Incident { get; } = new(
        nameof(DiplomaticEvent.Incidents), e => e.Incidents, "incident", () => new IncidentValidator(), i => i.Summary,
        [
            RecordReference<Incident>.Many(nameof(PeaceModel.Incident.AllegedPerpetratorIds), i => i.AllegedPerpetratorIds, ReferenceRole.Participant, typeof(Actor)),
            RecordReference<Incident>.Many(nameof(PeaceModel.Incident.TargetIds), i => i.TargetIds, ReferenceRole.Participant, typeof(Actor)),
        ],
        [RecordDate<Incident>.One(nameof(PeaceModel.Incident.Date), i => i.Date, DateRole.Made, "incident")],
        codes: i => i.Codes, place: i => i.Location);

    /// <summary>Gets the progress on agreements: the agreement (possibly of another document), who did it, who reports it.</summary>
    public static RecordKind<Implementation> Implementation { get; } = new(
        nameof(DiplomaticEvent.Implementations), e => e.Implementations, "implementation report", () => new ImplementationValidator(), i => i.Summary,
        [
            RecordReference<Implementation>.One(nameof(PeaceModel.Implementation.AgreementId), i => i.AgreementId, Subject, typeof(Agreement)).External(),
            RecordReference<Implementation>.One(nameof(PeaceModel.Implementation.ActorId), i => i.ActorId, ReferenceRole.Participant, typeof(Actor)),
            RecordReference<Implementation>.One(nameof(PeaceModel.Implementation.CommitmentId), i => i.CommitmentId, Subject, typeof(Commitment)).External(),
            RecordReference<Implementation>.One(nameof(PeaceModel.Implementation.ReportedById), i => i.ReportedById, Author, typeof(Actor)),
            RecordReference<Implementation>.One(nameof(PeaceModel.Implementation.VerifiedById), i => i.VerifiedById, ReferenceRole.Participant, typeof(Actor)),
            RecordReference<Implementation>.Many(nameof(PeaceModel.Implementation.StatementIds), i => i.StatementIds, ExpressedIn, typeof(Statement)),
        ],
        [RecordDate<Implementation>.One(nameof(PeaceModel.Implementation.Date), i => i.Date, DateRole.Made, "implementation report")]);


    /// <summary>Gets the votes in a body: the body, the draft, the members' ballots with their explanations, sponsors, what the text builds on.</summary>
    public static RecordKind<Vote> Vote { get; } = new(
        nameof(DiplomaticEvent.Votes), e => e.Votes, "vote", () => new VoteValidator(), v => v.Name ?? v.Summary,
        [
            RecordReference<Vote>.One(nameof(PeaceModel.Vote.BodyId), v => v.BodyId, Author, typeof(Actor)),
            RecordReference<Vote>.One(nameof(PeaceModel.Vote.DraftId), v => v.DraftId, Subject, typeof(Proposal)).External(),
            RecordReference<Vote>.One(nameof(PeaceModel.Vote.MeetingId), v => v.MeetingId, Occasion, typeof(Meeting)),
            RecordReference<Vote>.OnePerItem(nameof(PeaceModel.Vote.Ballots), v => v.Ballots, nameof(Ballot.ActorId), b => b.ActorId, ReferenceRole.Participant, typeof(Actor)),
            RecordReference<Vote>.ManyPerItem(nameof(PeaceModel.Vote.Ballots), v => v.Ballots, nameof(Ballot.StatementIds), b => b.StatementIds, ExpressedIn, typeof(Statement)),
            RecordReference<Vote>.ManyIn(nameof(PeaceModel.Vote.Rule), v => v.Rule, nameof(DecisionRule.VetoHolderIds), r => r.VetoHolderIds, Member, typeof(Actor)),
            RecordReference<Vote>.Many(nameof(PeaceModel.Vote.SponsorIds), v => v.SponsorIds, ReferenceRole.Participant, typeof(Actor)),
            RecordReference<Vote>.Many(nameof(PeaceModel.Vote.CoSponsorIds), v => v.CoSponsorIds, ReferenceRole.Participant, typeof(Actor)),
            .. RecordReference<Vote>.InEach(nameof(PeaceModel.Vote.Links), v => v.Links, BasisLinks).Select(r => r.External()),
            RecordReference<Vote>.Many(nameof(PeaceModel.Vote.StatementIds), v => v.StatementIds, ExpressedIn, typeof(Statement)),
        ],
        [RecordDate<Vote>.One(nameof(PeaceModel.Vote.Date), v => v.Date, DateRole.TakesPlace, "vote")],
        codes: v => v.Codes);

    /// <summary>Gets the commitments: who undertakes what, for whom, in which statements, about which record and point.</summary>
    public static RecordKind<Commitment> Commitment { get; } = new(
        nameof(DiplomaticEvent.Commitments), e => e.Commitments, "commitment", () => new CommitmentValidator(), c => c.Summary,
        [
            RecordReference<Commitment>.One(nameof(PeaceModel.Commitment.CommitterId), c => c.CommitterId, Author, typeof(Actor)),
            RecordReference<Commitment>.Many(nameof(PeaceModel.Commitment.BeneficiaryIds), c => c.BeneficiaryIds, Addressee, typeof(Actor)),
            RecordReference<Commitment>.Many(nameof(PeaceModel.Commitment.StatementIds), c => c.StatementIds, ExpressedIn, typeof(Statement)),
            RecordReference<Commitment>.One(nameof(PeaceModel.Commitment.SubjectId), c => c.SubjectId, Subject, typeof(Proposal), typeof(Agreement), typeof(Vote), typeof(Meeting), typeof(Commitment)).External(),
            .. RecordReference<Commitment>.InValue(nameof(PeaceModel.Commitment.Terms), c => c.Terms, TermLinks),
        ],
        [
            RecordDate<Commitment>.In(nameof(PeaceModel.Commitment.Terms), c => c.Terms, nameof(Term.Date), t => t.Date, DateRole.Proposed, "committed date").AfterStatements(),
            RecordDate<Commitment>.In(nameof(PeaceModel.Commitment.Terms), c => c.Terms, nameof(Term.Deadline), t => t.Deadline, DateRole.Deadline, "commitment deadline"),
        ],
        codes: c => c.Codes);

    /// <summary>Gets every kind, in the order of the event's lists.</summary>
    public static ValueList<RecordKind> All { get; } = [Source, Actor, Statement, Meeting, Agreement, Proposal, Condition, Reaction, Claim, Incident, Implementation, Vote, Commitment];

    /// <summary>Returns the kind of a record type.</summary>
    /// <param name="recordType">The record type, such as <c>typeof(Proposal)</c>.</param>
    /// <returns>Its kind.</returns>
    /// <exception cref="ArgumentException">The type is not a kind of record an event lists.</exception>
    public static RecordKind Of(Type recordType)
    {
        ArgumentNullException.ThrowIfNull(recordType);
        foreach (var kind in All)
        {
            if (kind.ClrType == recordType)
            {
                return kind;
            }
        }

        throw new ArgumentException($"{recordType.Name} is not declared in {nameof(RecordKinds)}.", nameof(recordType));
    }
}
