using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Reporters;

[assembly: UseReporter(typeof(QuietReporter))]

namespace PeaceModel.Tests.Support;

/// <summary>
/// Snapshot checks with ApprovalTests: the output must equal its approved file byte for byte. A
/// missing or different approved file fails the test and leaves a <c>.received</c> file beside it to
/// review (never approved automatically, in CI or anywhere else).
/// </summary>
internal static class Approval
{
    /// <summary>Compares with <c>TestClass.TestMethod.approved.EXT</c> beside the test's source file.</summary>
    public static void Verify(string text, string extension = "txt") =>
        Approvals.Verify(new PerRuntime(new ApprovalTextWriter(text, extension)));

    /// <summary>Compares with a file that is itself the approved copy, such as a seed's JSON model.</summary>
    public static void VerifyFile(string text, string approvedPath)
    {
        var directory = Path.GetDirectoryName(approvedPath)!;
        var name = Path.GetFileNameWithoutExtension(approvedPath);
        var extension = Path.GetExtension(approvedPath);
        Approvals.Verify(new PerRuntime(new NamedFileWriter(text, extension)), new FixedNamer(directory, name), QuietReporter.INSTANCE);
    }

    /// <summary>
    /// One received file per runtime (<c>.received-net8.</c>, <c>.received-net10.</c>): the test assembly runs
    /// on .NET 8 and .NET 10 at the same time, and the two must not write, compare and delete one file.
    /// </summary>
    private sealed class PerRuntime(IApprovalWriter inner) : IApprovalWriter
    {
        public string GetApprovalFilename(string basename) => inner.GetApprovalFilename(basename);

        public string GetReceivedFilename(string basename) =>
            inner.GetReceivedFilename(basename).Replace(".received.", $".received-net{Environment.Version.Major}.", StringComparison.Ordinal);

        public string WriteReceivedFile(string received) => inner.WriteReceivedFile(received);
    }

    private sealed class FixedNamer(string sourcePath, string name) : IApprovalNamer
    {
        public string SourcePath { get; } = sourcePath;

        public string Name { get; } = name;
    }

    private sealed class NamedFileWriter(string text, string extension) : IApprovalWriter
    {
        public string GetApprovalFilename(string basename) => basename + extension;

        public string GetReceivedFilename(string basename) => basename + ".received" + extension;

        public string WriteReceivedFile(string received)
        {
            File.WriteAllText(received, text);
            return received;
        }
    }
}
