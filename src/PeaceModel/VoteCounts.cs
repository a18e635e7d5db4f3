namespace PeaceModel;

/// <summary>The numbers of votes a <see cref="Vote"/> had, as reported: "13 in favour, 1 against, 1 abstention" is <c>{ For = 13, Against = 1, Abstain = 1 }</c>.</summary>
public sealed record VoteCounts
{
    /// <summary>Gets the number of votes in favour.</summary>
    public required int For { get; init; }

    /// <summary>Gets the number of votes against.</summary>
    public required int Against { get; init; }

    /// <summary>Gets the number of abstentions; 0 when the report gives none.</summary>
    public int Abstain { get; init; }

    /// <summary>Gets the number of members absent, or <see langword="null"/> when not stated.</summary>
    public int? Absent { get; init; }

    /// <summary>Gets the number of members present that did not take part, or <see langword="null"/> when not stated.</summary>
    public int? NotParticipating { get; init; }
}
