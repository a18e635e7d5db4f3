namespace PeaceModel.Analysis;

/// <summary>Where one participant's taking part in a meeting stands (rules M5–M8 in <c>docs/analysis.md</c>), apart from where the meeting stands.</summary>
public enum ParticipationStatus
{
    /// <summary>Taking part or took part: it attended, or is listed without a course of its own for talks that took place (M8).</summary>
    TakingPart,

    /// <summary>Suspended: its delegation was recalled ("for consultations") and is not reported back (M5). A judgement the report need not word.</summary>
    Suspended,

    /// <summary>Withdrew: it walked out (M6).</summary>
    Withdrew,

    /// <summary>Absent: it stayed away (M7).</summary>
    Absent,

    /// <summary>Expected: listed for a meeting that has not taken place (M8).</summary>
    Expected,
}
