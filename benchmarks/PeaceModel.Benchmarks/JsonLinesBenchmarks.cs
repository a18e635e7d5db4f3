#if PEACEMODEL_BASELINE
extern alias baseline;
#endif
using BenchmarkDotNet.Attributes;
using PeaceModel.Serialization;
using PeaceModel.Validation;

namespace PeaceModel.Benchmarks;

/// <summary>
/// A JSON Lines stream of typical events, as <c>peacemodel validate</c> reads it: split by
/// <see cref="JsonLinesReader"/>, read, and (second benchmark) validated. Results are per event.
/// </summary>
[MemoryDiagnoser]
public class JsonLinesBenchmarks
{
    private readonly DiplomaticEventValidator validator = new();
#if PEACEMODEL_BASELINE
    private readonly baseline::PeaceModel.Validation.DiplomaticEventValidator validatorBefore = new();
#endif

    [Benchmark(Baseline = true, OperationsPerInvoke = Workloads.JsonLinesCount, Description = "JSON Lines read, per event")]
    public Task<int> Read() => Run(validate: false);

    [Benchmark(OperationsPerInvoke = Workloads.JsonLinesCount, Description = "JSON Lines read and validate, per event")]
    public Task<int> ReadAndValidate() => Run(validate: true);

#if PEACEMODEL_BASELINE
    [Benchmark(OperationsPerInvoke = Workloads.JsonLinesCount, Description = "JSON Lines read, per event, before")]
    public Task<int> ReadBefore() => RunBefore(validate: false);

    [Benchmark(OperationsPerInvoke = Workloads.JsonLinesCount, Description = "JSON Lines read and validate, per event, before")]
    public Task<int> ReadAndValidateBefore() => RunBefore(validate: true);

    private async Task<int> RunBefore(bool validate)
    {
        using var lines = new baseline::PeaceModel.Serialization.JsonLinesReader(new MemoryStream(Workloads.JsonLines, writable: false), 1 << 24);
        var valid = 0;
        while (await lines.ReadLineAsync() is { } line)
        {
            var diplomaticEvent = baseline::PeaceModel.Serialization.PeaceModelJson.Deserialize(line.Span);
            valid += !validate || validatorBefore.Validate(diplomaticEvent).IsValid ? 1 : 0;
        }

        return valid;
    }
#endif

    private async Task<int> Run(bool validate)
    {
        using var lines = new JsonLinesReader(new MemoryStream(Workloads.JsonLines, writable: false), 1 << 24);
        var valid = 0;
        while (await lines.ReadLineAsync() is { } line)
        {
            var diplomaticEvent = PeaceModelJson.Deserialize(line.Span);
            valid += !validate || validator.Validate(diplomaticEvent).IsValid ? 1 : 0;
        }

        return valid;
    }
}
