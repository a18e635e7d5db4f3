namespace PeaceModel.Cli.Checking;

/// <summary>The counts of a <c>validate</c> run.</summary>
internal sealed record CheckSummary(int Inputs, long Events, long ValidEvents, long InvalidEvents, int UnreadableInputs, int ExitCode);
