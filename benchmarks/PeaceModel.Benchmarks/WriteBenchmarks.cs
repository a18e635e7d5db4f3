#if PEACEMODEL_BASELINE
extern alias baseline;
#endif
using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PeaceModel.Serialization;

namespace PeaceModel.Benchmarks;

/// <summary>
/// Writing one event of each workload: to a new byte array, to the caller's buffer, to a string; and the
/// baselines. "The result alone" makes only the result of a write from bytes already written (the copy into
/// a new array, the decoding into a new string), to tell the cost of the result from the cost of writing.
/// </summary>
[MemoryDiagnoser]
public class WriteBenchmarks
{
    private readonly ArrayBufferWriter<byte> buffer = new();
    private DiplomaticEvent diplomaticEvent = Workloads.Seed;
    private byte[] written = [];
#if PEACEMODEL_BASELINE
    private baseline::PeaceModel.DiplomaticEvent eventBefore = null!;
#endif

    [ParamsSource(typeof(Workloads), nameof(Workloads.Names))]
    public string Workload { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        diplomaticEvent = Workloads.Named(Workload);
        written = PeaceModelJson.SerializeToUtf8Bytes(diplomaticEvent);
#if PEACEMODEL_BASELINE
        eventBefore = baseline::PeaceModel.Serialization.PeaceModelJson.Deserialize(Workloads.Utf8(diplomaticEvent));
#endif
    }

    [Benchmark(Baseline = true, Description = "PeaceModelJson write")]
    public byte[] PeaceModel() => PeaceModelJson.SerializeToUtf8Bytes(diplomaticEvent);

    [Benchmark(Description = "PeaceModelJson write to a buffer")]
    public int PeaceModelToBuffer()
    {
        buffer.ResetWrittenCount();
        PeaceModelJson.Serialize(buffer, diplomaticEvent);
        return buffer.WrittenCount;
    }

    [Benchmark(Description = "PeaceModelJson write to a string")]
    public string PeaceModelToString() => PeaceModelJson.Serialize(diplomaticEvent);

#if PEACEMODEL_BASELINE
    [Benchmark(Description = "PeaceModelJson write, before")]
    public byte[] PeaceModelBefore() => baseline::PeaceModel.Serialization.PeaceModelJson.SerializeToUtf8Bytes(eventBefore);

    [Benchmark(Description = "PeaceModelJson write to a buffer, before")]
    public int PeaceModelToBufferBefore()
    {
        buffer.ResetWrittenCount();
        baseline::PeaceModel.Serialization.PeaceModelJson.Serialize(buffer, eventBefore);
        return buffer.WrittenCount;
    }

    [Benchmark(Description = "PeaceModelJson write to a string, before")]
    public string PeaceModelToStringBefore() => baseline::PeaceModel.Serialization.PeaceModelJson.Serialize(eventBefore);
#endif

    [Benchmark(Description = "the result alone: a new array")]
    public byte[] ResultArray()
    {
        var result = GC.AllocateUninitializedArray<byte>(written.Length);
        written.AsSpan().CopyTo(result);
        return result;
    }

    [Benchmark(Description = "the result alone: a new string")]
    public string ResultString() => Encoding.UTF8.GetString(written);

    [Benchmark(Description = "System.Text.Json reflection write")]
    public byte[] StjReflection() => JsonSerializer.SerializeToUtf8Bytes(diplomaticEvent, Baselines.Reflection);

    [Benchmark(Description = "Newtonsoft.Json write")]
    public string Newtonsoft() => global::Newtonsoft.Json.JsonConvert.SerializeObject(diplomaticEvent, global::Newtonsoft.Json.Formatting.Indented, Baselines.Newtonsoft);
}
