using FluentValidation;

namespace PeaceModel.Validation;

/// <summary>Checks one <see cref="Participant"/> of a meeting on its own.</summary>
public sealed class ParticipantValidator : AbstractValidator<Participant>
{
    /// <summary>Creates the validator.</summary>
    public ParticipantValidator()
    {
        this.JsonRuleFor(x => x.ActorId).ValidId();
        this.JsonRuleFor(x => x.Role).Defined();
    }
}
