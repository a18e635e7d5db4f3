using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks a <see cref="Vote"/> on its own; its links, the body's members and its counts against the body's size are checked with the whole event.</summary>
public sealed class VoteValidator : AbstractValidator<Vote>
{
    private static readonly BallotChoice[] Choices = Enum.GetValues<BallotChoice>();

    /// <summary>Creates the validator. It is stateless and thread-safe: create it once and reuse it.</summary>
    public VoteValidator()
    {
        this.JsonRuleFor(x => x.Id).ValidId();
        this.JsonRuleFor(x => x.BodyId).ValidId();
        this.JsonRuleFor(x => x.DraftId).OptionalReference();
        this.JsonRuleFor(x => x.Name).OptionalText(ValidationLimits.NameLength);
        this.JsonRuleFor(x => x.Summary).RequiredText(ValidationLimits.TextLength);
        this.JsonRuleFor(x => x.Date).Required().Nested(new EventDateValidator());
        this.JsonRuleFor(x => x.MeetingId).OptionalId();
        this.JsonRuleFor(x => x.Rule!).Nested(new DecisionRuleValidator());
        this.JsonRuleFor(x => x.Counts!).Nested(new VoteCountsValidator());
        this.JsonRuleFor(x => x.Ballots).NotTooMany();
        this.JsonRuleForEach(x => x.Ballots).Nested(new BallotValidator());
        this.JsonRuleFor(x => x.Ballots)
            .Satisfies(ballots => RuleExtensions.AllKeysDistinct(ballots, static b => b is not null, static b => b.ActorId))
            .WithErrorCode(ErrorCodes.DuplicateValue)
            .WithMessage("a member has two ballots; a member votes once.");
        this.JsonRuleFor(x => x.Counts)
            .Satisfies((vote, counts) => counts is null || BallotsWithinCounts(vote.Ballots, counts))
            .WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage("the named members' ballots outnumber the reported count of their choice; a count includes the named ballots.");
        this.JsonRuleFor(x => x.SponsorIds).DistinctList();
        this.JsonRuleForEach(x => x.SponsorIds).ValidId();
        this.JsonRuleFor(x => x.CoSponsorIds).DistinctList();
        this.JsonRuleForEach(x => x.CoSponsorIds).ValidId();
        this.JsonRuleFor(x => x.Outcome).Defined();
        this.JsonRuleFor(x => x.Links).NotTooMany();
        this.JsonRuleForEach(x => x.Links).Nested(new RecordLinkValidator());
        this.JsonRuleFor(x => x.StatementIds).DistinctList();
        this.JsonRuleForEach(x => x.StatementIds).ValidId();
        this.JsonRuleFor(x => x.Codes).NotTooMany();
        this.JsonRuleForEach(x => x.Codes).Nested(new EventCodeValidator());
    }

    /// <summary>Whether, for every choice, the named ballots of that choice are no more than its count.</summary>
    private static bool BallotsWithinCounts(ValueList<Ballot> ballots, VoteCounts counts)
    {
        foreach (var choice in Choices)
        {
            var named = 0;
            for (var i = 0; i < ballots.Count; i++)
            {
                if (ballots[i]?.Choice == choice)
                {
                    named++;
                }
            }

            if (named > Count(counts, choice))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The reported number of a choice; a choice the report does not count (absent, not participating) has no upper bound.</summary>
    private static int Count(VoteCounts counts, BallotChoice choice) => choice switch
    {
        BallotChoice.For => counts.For,
        BallotChoice.Against => counts.Against,
        BallotChoice.Abstain => counts.Abstain,
        BallotChoice.Absent => counts.Absent ?? int.MaxValue,
        _ => counts.NotParticipating ?? int.MaxValue,
    };
}
