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
    /// <summary>Gets the documents an event was modeled from.</summary>
    public static RecordKind<SourceDocument> Source { get; } = new(
        nameof(DiplomaticEvent.Sources), e => e.Sources, "source document", new SourceDocumentValidator());

    /// <summary>Gets the actors; a group names its members.</summary>
    public static RecordKind<Actor> Actor { get; } = new(
        nameof(DiplomaticEvent.Actors), e => e.Actors, "actor", new ActorValidator(),
        RecordReference<Actor>.Many(nameof(PeaceModel.Actor.MemberIds), a => a.MemberIds, Member, typeof(Actor)));

    /// <summary>Gets the statements: a speaker, an audience, the source they are quoted from.</summary>
    public static RecordKind<Statement> Statement { get; } = new(
        nameof(DiplomaticEvent.Statements), e => e.Statements, "statement", new StatementValidator(),
        RecordReference<Statement>.One(nameof(PeaceModel.Statement.SpeakerId), s => s.SpeakerId, Author, typeof(Actor)),
        RecordReference<Statement>.Many(nameof(PeaceModel.Statement.AudienceIds), s => s.AudienceIds, Audience, typeof(Actor)),
        RecordReference<Statement>.One(nameof(PeaceModel.Statement.SourceId), s => s.SourceId, ReferenceRole.Source, typeof(SourceDocument)));

    /// <summary>Gets the proposals: proposer, addressees, the statements that made them.</summary>
    public static RecordKind<Proposal> Proposal { get; } = new(
        nameof(DiplomaticEvent.Proposals), e => e.Proposals, "proposal", new ProposalValidator(),
        RecordReference<Proposal>.One(nameof(PeaceModel.Proposal.ProposerId), p => p.ProposerId, Author, typeof(Actor)),
        RecordReference<Proposal>.Many(nameof(PeaceModel.Proposal.AddresseeIds), p => p.AddresseeIds, Addressee, typeof(Actor)),
        RecordReference<Proposal>.Many(nameof(PeaceModel.Proposal.StatementIds), p => p.StatementIds, Expression, typeof(Statement)));

    /// <summary>Gets the conditions attached to proposals.</summary>
    public static RecordKind<Condition> Condition { get; } = new(
        nameof(DiplomaticEvent.Conditions), e => e.Conditions, "condition", new ConditionValidator(),
        RecordReference<Condition>.One(nameof(PeaceModel.Condition.SetterId), c => c.SetterId, Author, typeof(Actor)),
        RecordReference<Condition>.One(nameof(PeaceModel.Condition.ProposalId), c => c.ProposalId, Subject, typeof(Proposal)),
        RecordReference<Condition>.Many(nameof(PeaceModel.Condition.AddresseeIds), c => c.AddresseeIds, Addressee, typeof(Actor)),
        RecordReference<Condition>.Many(nameof(PeaceModel.Condition.StatementIds), c => c.StatementIds, Expression, typeof(Statement)));

    /// <summary>Gets the reactions to proposals, statements and conditions.</summary>
    public static RecordKind<Reaction> Reaction { get; } = new(
        nameof(DiplomaticEvent.Reactions), e => e.Reactions, "reaction", new ReactionValidator(),
        RecordReference<Reaction>.One(nameof(PeaceModel.Reaction.ReactorId), r => r.ReactorId, Author, typeof(Actor)),
        RecordReference<Reaction>.One(nameof(PeaceModel.Reaction.TargetId), r => r.TargetId, Subject, typeof(Proposal), typeof(Statement), typeof(Condition)),
        RecordReference<Reaction>.Many(nameof(PeaceModel.Reaction.StatementIds), r => r.StatementIds, Expression, typeof(Statement)));

    /// <summary>Gets every kind, in the order of the event's lists.</summary>
    public static ValueList<RecordKind> All { get; } = [Source, Actor, Statement, Proposal, Condition, Reaction];

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
