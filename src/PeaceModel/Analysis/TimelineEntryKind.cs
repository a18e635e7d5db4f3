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

    /// <summary>When a meeting takes or took place (<see cref="Meeting.Date"/>).</summary>
    Meeting,

    /// <summary>When an agreement was reached or signed (<see cref="Agreement.Date"/>).</summary>
    Agreement,

    /// <summary>When an agreement's term takes effect (<see cref="Term.Date"/>); the record id is the agreement's.</summary>
    TermEffective,

    /// <summary>By when an agreement's term or a proposal's terms must be carried out (<see cref="Term.Deadline"/>).</summary>
    TermDeadline,
}
