using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>
/// Checks an <see cref="Actor"/> on its own. That its member ids name actors of the event is
/// checked by <see cref="DiplomaticEventValidator"/>.
/// </summary>
public sealed class ActorValidator : AbstractValidator<Actor>
{
    /// <summary>Creates the validator. It is stateless and thread-safe: create it once and reuse it.</summary>
    public ActorValidator()
    {
        this.JsonRuleFor(x => x.Id).ValidId();
        this.JsonRuleFor(x => x.Name).RequiredText(ValidationLimits.NameLength);
        this.JsonRuleFor(x => x.Kind).Defined();
        this.JsonRuleFor(x => x.Aliases).DistinctList();
        this.JsonRuleForEach(x => x.Aliases).RequiredText(ValidationLimits.NameLength);
        this.JsonRuleFor(x => x.Role).OptionalText(ValidationLimits.NameLength);
        this.JsonRuleFor(x => x.Country).Country();
        this.JsonRuleFor(x => x.WikidataId).WikidataId();
        this.JsonRuleFor(x => x.CameoCode).MatchesPattern(Patterns.CameoActorCode(), "'{PropertyValue}' is not a CAMEO actor code; use upper-case three-letter blocks such as 'RUSGOV' or 'IGOEUREEC'.");
        this.JsonRuleFor(x => x.MemberIds)
            .Satisfies(members => members.Count == 0)
            .OnlyWhen(x => x.Kind is not (ActorKind.Group or ActorKind.InternationalOrganization))
            .WithErrorCode(ErrorCodes.InvalidMembership)
            .WithMessage(x => $"only groups and international organizations have members; this actor is a {x.Kind.ToString().ToLowerInvariant()}.");
        this.JsonRuleFor(x => x.MemberIds).DistinctList();
        this.JsonRuleForEach(x => x.MemberIds).ValidId();
        this.JsonRuleForEach(x => x.MemberIds)
            .Satisfies((actor, member) => member != actor.Id)
            .WithErrorCode(ErrorCodes.InvalidMembership)
            .WithMessage("an actor cannot be its own member.");
        this.JsonRuleFor(x => x.MemberCount)
            .Satisfies(count => count is null or >= 1, new SchemaFacet { Minimum = 1 })
            .WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage("'{PropertyName}' is {PropertyValue}; a group has at least one member.")
            .Satisfies((actor, count) => count is null || count >= actor.MemberIds.Count)
            .WithErrorCode(ErrorCodes.InvalidMembership)
            .WithMessage((actor, count) => $"the group names {actor.MemberIds.Count} members but says it has {count}; the count includes the named members.")
            .Satisfies((actor, count) => count is null || actor.Kind is ActorKind.Group or ActorKind.InternationalOrganization)
            .WithErrorCode(ErrorCodes.InvalidMembership)
            .WithMessage(x => $"only groups and international organizations have members; this actor is a {x.Kind.ToString().ToLowerInvariant()}.");
        this.JsonRuleFor(x => x.ActsForId).OptionalId();
        this.JsonRuleFor(x => x.ActsForId)
            .Satisfies((actor, principal) => principal != actor.Id)
            .WithErrorCode(ErrorCodes.ActsForCycle)
            .WithMessage("an actor does not act for itself; leave 'actsForId' out when it speaks for itself.");
    }
}
