namespace PeaceModel.Cli.Input;

/// <summary>A file or standard input to read events from.</summary>
/// <param name="Name">The name used in reports: the path as given, or <c>-</c> for standard input.</param>
/// <param name="Kind">How the input holds its events.</param>
/// <param name="Open">Opens the input for reading.</param>
internal sealed record EventInput(string Name, InputKind Kind, Func<Stream> Open);
