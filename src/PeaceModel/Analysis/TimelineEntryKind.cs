namespace PeaceModel.Analysis;

/// <summary>What a <see cref="TimelineEntry"/> marks.</summary>
public enum TimelineEntryKind
{
    /// <summary>A statement was made.</summary>
    Statement,

    /// <summary>The date a proposal would take effect, such as the proposed meeting on Thursday.</summary>
    ProposedDate,

    /// <summary>The date from which a condition requires something, such as a ceasefire from 12 May.</summary>
    ConditionStart,

    /// <summary>The date by which a condition must be met.</summary>
    ConditionDeadline,
}
