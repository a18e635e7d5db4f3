namespace PeaceModel.Cli.Summary;

/// <summary>A vote's counts.</summary>
internal sealed record VoteTally
{
    public required int For { get; init; }

    public required int Against { get; init; }

    public required int Abstain { get; init; }
}
