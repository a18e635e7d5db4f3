namespace PeaceModel.Authoring;

/// <summary>Who a phrase of the report names as saying something: a name (the fullest form met), the kind of actor, and the title the report gives a person.</summary>
internal sealed record Speaker(string Name, ActorKind Kind, string? Title = null)
{
    /// <summary>Whether the speaker is named only by a title ("the Saudi foreign minister"), so that a person named with that title elsewhere may be meant.</summary>
    public bool ByTitleOnly { get; init; }
}
