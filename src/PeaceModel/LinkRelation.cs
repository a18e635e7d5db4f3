using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>How a record stands to an earlier one it names in a <see cref="RecordLink"/>.</summary>
[JsonConverter(typeof(StrictEnumConverter<LinkRelation>))]
public enum LinkRelation
{
    /// <summary>Builds on it: takes it as its basis (a peace agreement on a declaration of principles, a draft on an earlier resolution).</summary>
    BuildsOn,

    /// <summary>Carries it out: an implementation protocol for a framework agreement.</summary>
    Implements,

    /// <summary>Replaces it: the earlier record no longer applies from this one's date.</summary>
    Supersedes,

    /// <summary>Changes part of it; the rest stands.</summary>
    Amends,
}
