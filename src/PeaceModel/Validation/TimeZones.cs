using System.Collections.Frozen;
using NodaTime;
using NodaTime.TimeZones;

namespace PeaceModel.Validation;

/// <summary>
/// The IANA time zone ids this library knows: every zone and link (old names such as
/// <c>Europe/Kiev</c> included) of the TZDB release bundled with NodaTime, the same on every
/// target and independent of the host's time zone data.
/// </summary>
internal static class TimeZones
{
    private static readonly FrozenSet<string> Ids = DateTimeZoneProviders.Tzdb.Ids.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Gets the TZDB release, such as <c>2025b</c>.</summary>
    public static string TzdbVersion => TzdbDateTimeZoneSource.Default.TzdbVersion;

    /// <summary>Tells whether a value of the time zone shape (<see cref="Patterns.TimeZone"/>) names a zone: <c>Z</c>, a UTC offset, or a TZDB id.</summary>
    public static bool IsKnown(string zone) =>
        zone == "Z" || zone[0] is '+' or '-' || Ids.Contains(zone);
}
