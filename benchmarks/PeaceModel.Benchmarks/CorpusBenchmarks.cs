using BenchmarkDotNet.Attributes;
using PeaceModel.Serialization;
using PeaceModel.Validation;

namespace PeaceModel.Benchmarks;

/// <summary>The 10,000-event corpus: read, write and validate every event; results are per event.</summary>
[MemoryDiagnoser]
public class CorpusBenchmarks
{
    private readonly DiplomaticEventValidator validator = new();
    private byte[][] utf8 = [];

    [GlobalSetup]
    public void Setup()
    {
        utf8 = [.. Workloads.Corpus.Select(Workloads.Utf8)];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Workloads.CorpusSize, Description = "read, per event")]
    public int Read()
    {
        var n = 0;
        foreach (var bytes in utf8)
        {
            n += PeaceModelJson.Deserialize(bytes).Statements.Count;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Workloads.CorpusSize, Description = "write, per event")]
    public long Write()
    {
        long n = 0;
        foreach (var diplomaticEvent in Workloads.Corpus)
        {
            n += PeaceModelJson.SerializeToUtf8Bytes(diplomaticEvent).Length;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Workloads.CorpusSize, Description = "validate, per event")]
    public int Validate()
    {
        var n = 0;
        foreach (var diplomaticEvent in Workloads.Corpus)
        {
            n += validator.Validate(diplomaticEvent).IsValid ? 1 : 0;
        }

        return n;
    }
}
