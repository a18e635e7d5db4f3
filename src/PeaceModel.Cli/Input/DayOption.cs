using System.Globalization;

namespace PeaceModel.Cli.Input;

/// <summary>A day given on the command line (<c>--as-of</c>, <c>--date</c>, <c>--from</c>): written YYYY-MM-DD, or refused with the option's name.</summary>
internal static class DayOption
{
    /// <summary>Reads <paramref name="text"/> as a day; <see langword="null"/> text is no day. On failure the reason is written to standard error and <see langword="false"/> returned (exit code 2).</summary>
    public static bool TryRead(string? text, string option, CliEnvironment environment, out DateOnly? day)
    {
        day = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        environment.Error.WriteLine($"peacemodel: {option}: '{text}' is not a date written YYYY-MM-DD.");
        return false;
    }
}
