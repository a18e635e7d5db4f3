namespace PeaceModel.Export;

/// <summary>How the rows are written.</summary>
public enum ExportFormat
{
    /// <summary>Apache Parquet, Hive-partitioned by the row's year and month (<c>plover/year=2026/month=04/part-00000.parquet</c>); rows without a date in <c>plover-undated/</c>.</summary>
    Parquet,

    /// <summary>One CSV file, <c>plover.csv</c> (RFC 4180, UTF-8, a header line); list and struct columns as JSON text.</summary>
    Csv,

    /// <summary>One JSON Lines file, <c>plover.jsonl</c>: one JSON object per row.</summary>
    JsonLines,
}
