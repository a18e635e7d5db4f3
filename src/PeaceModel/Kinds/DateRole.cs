namespace PeaceModel.Kinds;

/// <summary>
/// What a date held by a record stands for, as declared in <see cref="RecordKinds"/>. The timeline,
/// the account, date ordering and the store read roles, never property names.
/// </summary>
public enum DateRole
{
    /// <summary>When the record came into being: a statement was made, an agreement reached, an incident happened, progress reported.</summary>
    Made,

    /// <summary>When a meeting takes or took place.</summary>
    TakesPlace,

    /// <summary>When what a proposal proposes would happen, such as the proposed talks on Thursday.</summary>
    Proposed,

    /// <summary>From when a requirement applies, such as a ceasefire demanded from 12 May.</summary>
    Starts,

    /// <summary>When an agreed term takes effect.</summary>
    TakesEffect,

    /// <summary>By when something must be done.</summary>
    Deadline,

    /// <summary>When what a claim asserts held or happened.</summary>
    Asserted,
}
