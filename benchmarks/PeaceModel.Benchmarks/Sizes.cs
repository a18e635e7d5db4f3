using PeaceModel.Serialization;

namespace PeaceModel.Benchmarks;

/// <summary>Bytes per workload, and the memory a read model keeps alive, to set allocations per event against.</summary>
public static class Sizes
{
    public static void Print()
    {
        foreach (var name in new[] { "seed", "typical", "large", "huge" })
        {
            var diplomaticEvent = Workloads.Named(name);
            var utf8 = Workloads.Utf8(diplomaticEvent);
            const int Copies = 200;
            var keep = new DiplomaticEvent[Copies];
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            for (var i = 0; i < Copies; i++)
            {
                keep[i] = PeaceModelJson.Deserialize(utf8);
            }

            var retained = (GC.GetTotalMemory(forceFullCollection: true) - before) / Copies;
            GC.KeepAlive(keep);
            var valid = new PeaceModel.Validation.DiplomaticEventValidator().Validate(diplomaticEvent).IsValid;
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name}: {utf8.Length:N0} bytes of JSON, model retains {retained:N0} bytes, {diplomaticEvent.Statements.Count} statements, valid: {valid}"));
        }

        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"JSON Lines: {Workloads.JsonLinesCount:N0} events, {Workloads.JsonLines.Length:N0} bytes"));
    }
}
