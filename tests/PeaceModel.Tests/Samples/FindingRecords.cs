// The README's "Finding records" sample, compiled and run by FindingRecordsTests.
using PeaceModel.Kinds;

namespace PeaceModel.Tests.Samples;

internal static class FindingRecords
{
    public static void Run(DiplomaticEvent episode, TextWriter output)
    {
        #region Find
        var index = EventIndex.Create(episode);
        var proposal = index.Find<Proposal>("istanbul-direct-talks");       // null when no proposal has that id
        foreach (var reaction in index.ReactionsTo(proposal!.Id))             // in the order of the event
        {
            output.WriteLine($"{reaction.ReactorId}: {reaction.Stance}");     // in the seed: zelensky: Welcome, ...
        }

        foreach (var link in index.ReferencesTo("putin"))                    // every record that names Putin
        {
            output.WriteLine($"{link.From.Path}.{link.Reference.JsonName}");  // statements[0].speakerId, ...
        }
        #endregion
    }
}
