using System.Globalization;
using System.Diagnostics;

namespace PeaceModel.Cli.Checking;

/// <summary>Shows events/s and bytes on standard error, about once a second, only when it is a terminal.</summary>
internal sealed class ProgressMeter(TextWriter error, bool enabled)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan lastShown;
    private bool shown;

    public void Update(long events, long bytes)
    {
        if (!enabled || (events & 1023) != 0 || clock.Elapsed - lastShown < TimeSpan.FromSeconds(1))
        {
            return;
        }

        lastShown = clock.Elapsed;
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{events:N0} events, {bytes / 1048576.0:N1} MB, {events / seconds:N0} events/s, {bytes / 1048576.0 / seconds:N1} MB/s   "));
        shown = true;
    }

    public void Finish()
    {
        if (shown)
        {
            error.Write("\r" + new string(' ', 79) + "\r");
        }
    }
}
