namespace PeaceModel.Export;

/// <summary>What an export wrote.</summary>
public sealed record ExportResult
{
    /// <summary>Gets the number of rows written: one per coded record (a record with at least one event code).</summary>
    public required long Rows { get; init; }

    /// <summary>Gets the number of documents whose rows were written (a document without coded records writes none).</summary>
    public required int Documents { get; init; }

    /// <summary>Gets the number of deleted documents listed in <c>deletions.csv</c>.</summary>
    public required int Deletions { get; init; }

    /// <summary>Gets the files written, relative to the output folder, with <c>/</c> between folders.</summary>
    public required ValueList<string> Files { get; init; }

    /// <summary>Gets the bytes of the row files (the deletions file and the manifest left out).</summary>
    public required long Bytes { get; init; }

    /// <summary>Gets the last change-feed position read, for the next incremental export (<c>--after</c>), or <see langword="null"/> when the documents did not come from a store.</summary>
    public long? Position { get; init; }
}
