using System.Text.Json.Serialization;
using PeaceModel.Serialization;

namespace PeaceModel;

/// <summary>How an inexact date relates to its resolved value (after TimeML's <c>mod</c> attribute).</summary>
[JsonConverter(typeof(StrictEnumConverter<DateModifier>))]
public enum DateModifier
{
    /// <summary>About then ("around 10 May").</summary>
    Approximate,

    /// <summary>Strictly before the value.</summary>
    Before,

    /// <summary>Strictly after the value ("in the coming weeks", resolved against the report's date).</summary>
    After,

    /// <summary>On the value or earlier ("by Friday", "within 48 hours").</summary>
    OnOrBefore,

    /// <summary>On the value or later ("from Monday").</summary>
    OnOrAfter,

    /// <summary>The start of the period ("early April", month granularity).</summary>
    Start,

    /// <summary>The middle of the period ("mid-May").</summary>
    Mid,

    /// <summary>The end of the period ("late 2026").</summary>
    End,
}
