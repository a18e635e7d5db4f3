using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>What a proposal says about preconditions, keeping "explicitly none" apart from "not mentioned".</summary>
[JsonConverter(typeof(StrictEnumConverter<PreconditionStance>))]
public enum PreconditionStance
{
    /// <summary>The proposal says nothing about preconditions.</summary>
    NotMentioned,

    /// <summary>The proposal explicitly excludes them: "without any preconditions", "unconditional".</summary>
    ExplicitlyExcluded,

    /// <summary>The proposal comes with preconditions of its proposer (modeled as <see cref="Condition"/> records).</summary>
    Required,
}
