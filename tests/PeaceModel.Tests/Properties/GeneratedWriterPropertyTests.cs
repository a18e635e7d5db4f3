using CsCheck;
using PeaceModel.Cli.Synthetic;
using PeaceModel.Tests.Support;
using static PeaceModel.Tests.Properties.WriteReadAgreementTests;

namespace PeaceModel.Tests.Properties;

/// <summary>
/// The generated writer against the serializer it replaced (<see cref="WriterComparison"/>) on generated
/// documents: any event the format can hold, the events of <c>peacemodel generate</c> (typical and ten times
/// larger), and any defect put anywhere in an event, give the same bytes for every entry point and option
/// set, or the same refusal.
/// </summary>
public class GeneratedWriterPropertyTests
{
    [Fact]
    public void AnyEvent_IsWrittenAsTheSerializerWroteIt()
    {
        var written = 0;
        Generators.AnyEvent.Sample(generated =>
        {
            if (WriterComparison.AssertSame(generated))
            {
                written++;
            }
        }, iter: 300);

        Assert.True(written > 0, "no generated event was written");
    }

    [Fact]
    public void GeneratedEvents_AreWrittenAsTheSerializerWroteThem()
    {
        // The generator of `peacemodel generate` (compiled in from the tool), as the benchmarks' workloads are made.
        var events = new SyntheticEvents(2025);
        for (var i = 0; i < 40; i++)
        {
            Assert.True(WriterComparison.AssertSame(events.Next(i, scale: i % 10 == 9 ? 10 : 1)));
        }
    }

    [Fact]
    public void AnyDefectAnywhere_IsRefusedOrWrittenAsTheSerializerDid()
    {
        var refused = 0;
        var written = 0;
        Gen.Select(Generators.AnyEvent, Gen.Int[0, int.MaxValue], Gen.Enum<Defect>()).Sample((generated, pick, defect) =>
        {
            if (!WriterComparison.AssertSame(generated))
            {
                return;
            }

            if (WithDefect(generated, pick, defect) is not { } defective)
            {
                return;
            }

            var (copy, _) = defective;

            if (WriterComparison.AssertSame(copy))
            {
                written++;
            }
            else
            {
                refused++;
            }
        }, iter: 1_000);

        Assert.True(refused > 0 && written > 0, $"refused {refused}, written {written}: both outcomes must occur");
    }
}
