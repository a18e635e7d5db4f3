#if PEACEMODEL_BASELINE
extern alias baseline;
#endif
using BenchmarkDotNet.Attributes;
using PeaceModel.Serialization;
using PeaceModel.Validation;

namespace PeaceModel.Benchmarks;

/// <summary>Validating one event of each workload, beside reading the same event (and both with the version before, when built with one).</summary>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private readonly DiplomaticEventValidator validator = new();
    private DiplomaticEvent diplomaticEvent = Workloads.Seed;
    private byte[] utf8 = [];
#if PEACEMODEL_BASELINE
    private readonly baseline::PeaceModel.Validation.DiplomaticEventValidator validatorBefore = new();
    private baseline::PeaceModel.DiplomaticEvent eventBefore = null!;
#endif

    [ParamsSource(typeof(Workloads), nameof(Workloads.Names))]
    public string Workload { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        diplomaticEvent = Workloads.Named(Workload);
        utf8 = Workloads.Utf8(diplomaticEvent);
#if PEACEMODEL_BASELINE
        eventBefore = baseline::PeaceModel.Serialization.PeaceModelJson.Deserialize(utf8);
#endif
    }

    [Benchmark(Baseline = true, Description = "PeaceModelJson read")]
    public object Read() => PeaceModelJson.Deserialize(utf8);

    [Benchmark(Description = "DiplomaticEventValidator")]
    public bool Validate() => validator.Validate(diplomaticEvent).IsValid;

#if PEACEMODEL_BASELINE
    [Benchmark(Description = "PeaceModelJson read, before")]
    public object ReadBefore() => baseline::PeaceModel.Serialization.PeaceModelJson.Deserialize(utf8);

    [Benchmark(Description = "DiplomaticEventValidator, before")]
    public bool ValidateBefore() => validatorBefore.Validate(eventBefore).IsValid;
#endif
}
