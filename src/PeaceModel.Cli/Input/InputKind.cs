namespace PeaceModel.Cli.Input;

/// <summary>How an input holds its events.</summary>
internal enum InputKind
{
    /// <summary>One event in a <c>.json</c> document.</summary>
    Json,

    /// <summary>One event per line, JSON Lines (<c>.jsonl</c>); read as a stream.</summary>
    JsonLines,
}
