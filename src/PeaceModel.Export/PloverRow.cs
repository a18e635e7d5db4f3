using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace PeaceModel.Export;

/// <summary>
/// One PLOVER-compatible row: one per coded record (a record with at least one event code). The column names are the
/// JSON names below, declared once and read by every format (Parquet, CSV, JSON Lines). docs/export.md says how each is filled.
/// </summary>
internal sealed class PloverRow
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    [JsonPropertyName("date")]
    public DateOnly? Date { get; set; }

    [JsonPropertyName("time")]
    [ParquetTimestamp(ParquetTimestampResolution.Milliseconds, true, true)]
    public DateTime? Time { get; set; }

    [JsonPropertyName("enddate")]
    public DateOnly? EndDate { get; set; }

    [JsonPropertyName("actor")]
    public List<PloverEntity> Actor { get; set; } = [];

    [JsonPropertyName("recipient")]
    public List<PloverEntity> Recipient { get; set; } = [];

    [JsonPropertyName("event")]
    public string? Event { get; set; }

    [JsonPropertyName("mode")]
    public string? Mode { get; set; }

    [JsonPropertyName("context")]
    public List<string> Context { get; set; } = [];

    [JsonPropertyName("quad_code")]
    public int? QuadCode { get; set; }

    [JsonPropertyName("event_loc")]
    public PloverPlace? EventLocation { get; set; }

    [JsonPropertyName("event_text")]
    public string? EventText { get; set; }

    [JsonPropertyName("link")]
    public string? Link { get; set; }

    [JsonPropertyName("cite_info")]
    public List<string> CiteInfo { get; set; } = [];

    [JsonPropertyName("source")]
    public string? Source { get; set; }

    [JsonPropertyName("coder")]
    public string Coder { get; set; } = PloverRows.Coder;

    [JsonPropertyName("coded_date")]
    public DateOnly? CodedDate { get; set; }

    [JsonPropertyName("version")]
    public string? Version { get; set; }

    [JsonPropertyName("cameo_code")]
    public string? CameoCode { get; set; }

    [JsonPropertyName("codes")]
    public List<string> Codes { get; set; } = [];

    [JsonPropertyName("document_id")]
    public string DocumentId { get; set; } = string.Empty;

    [JsonPropertyName("document_version")]
    public long? DocumentVersion { get; set; }

    [JsonPropertyName("record_id")]
    public string RecordId { get; set; } = string.Empty;

    [JsonPropertyName("record_kind")]
    public string RecordKind { get; set; } = string.Empty;

    [JsonPropertyName("status")]
    public string? Status { get; set; }
}
