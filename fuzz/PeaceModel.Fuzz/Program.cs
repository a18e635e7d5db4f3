// AFL harness: every input is read with PeaceModelJson and, when it reads, validated, analyzed and
// written back. Anything but a JsonException (or a validation result) is a crash AFL records.
using System.Text.Json;
using PeaceModel.Analysis;
using PeaceModel.Serialization;
using PeaceModel.Text;
using PeaceModel.Validation;
using SharpFuzz;

// Instrumented code may run only inside Fuzzer.Run, so the validator is built on first use there.
DiplomaticEventValidator? validator = null;
Fuzzer.OutOfProcess.Run(stream =>
{
    validator ??= new DiplomaticEventValidator();
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    try
    {
        var diplomaticEvent = PeaceModelJson.Deserialize(buffer.ToArray());
        validator.Validate(diplomaticEvent);
        EpisodeAnalysis.Analyze(diplomaticEvent);
        GraphText.ToDot(EpisodeGraph.Build(diplomaticEvent));
        AnalysisText.StatusTable(EpisodeAnalysis.Analyze(diplomaticEvent));
        var written = PeaceModelJson.Serialize(diplomaticEvent);
        if (PeaceModelJson.Deserialize(written) != diplomaticEvent)
        {
            throw new InvalidOperationException("written and read back, the event changed");
        }
    }
    catch (JsonException)
    {
        // Refused with a JsonException: the expected outcome for bad input.
    }
});
