namespace PeaceModel.Cli.Checking;

/// <summary>Writes the problems of a <c>validate</c> run as they are found, then a summary.</summary>
internal interface IProblemWriter
{
    void Write(Problem problem);

    void Complete(CheckSummary summary);
}
