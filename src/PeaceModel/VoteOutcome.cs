using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>The outcome of a <see cref="Vote"/> as the report states it; the analysis derives its own from the counts and the rule and says when the two disagree.</summary>
[JsonConverter(typeof(StrictEnumConverter<VoteOutcome>))]
public enum VoteOutcome
{
    /// <summary>Adopted, passed, carried, ratified.</summary>
    Adopted,

    /// <summary>Not adopted: too few votes in favour, or blocked by objections.</summary>
    Failed,

    /// <summary>Not adopted because a member with a veto voted against, although enough members voted in favour.</summary>
    Vetoed,
}
