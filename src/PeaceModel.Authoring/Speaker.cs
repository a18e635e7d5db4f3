namespace PeaceModel.Authoring;

/// <summary>Who a phrase of the report names as saying something: a name (the fullest form met), the kind of actor, and the title the report gives a person.</summary>
internal sealed record Speaker(string Name, ActorKind Kind, string? Title = null)
{
    /// <summary>Whether the speaker is named only by a title ("the Saudi foreign minister"), so that a person named with that title elsewhere may be meant.</summary>
    public bool ByTitleOnly { get; init; }

    /// <summary>Gets the name as the report writes it when the drafter names the actor otherwise ("the president's press service" for "Press Service of the President"), else <see langword="null"/>.</summary>
    public string? Wording { get; init; }

    /// <summary>Gets whether the speaker is the body that issued a statement or speaks through an unnamed spokesperson, not yet named where the words stand: <see cref="Attribution.Issuer"/> names it.</summary>
    public bool Pending { get; init; }
}
