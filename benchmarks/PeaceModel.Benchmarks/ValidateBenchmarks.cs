using BenchmarkDotNet.Attributes;
using PeaceModel.Serialization;
using PeaceModel.Validation;

namespace PeaceModel.Benchmarks;

/// <summary>Validating one event of each workload, beside reading the same event.</summary>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private readonly DiplomaticEventValidator validator = new();
    private DiplomaticEvent diplomaticEvent = Workloads.Seed;
    private byte[] utf8 = [];

    [Params("seed", "typical", "large", "huge")]
    public string Workload { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        diplomaticEvent = Workloads.Named(Workload);
        utf8 = Workloads.Utf8(diplomaticEvent);
    }

    [Benchmark(Baseline = true, Description = "PeaceModelJson read")]
    public DiplomaticEvent Read() => PeaceModelJson.Deserialize(utf8);

    [Benchmark(Description = "DiplomaticEventValidator")]
    public bool Validate() => validator.Validate(diplomaticEvent).IsValid;
}
