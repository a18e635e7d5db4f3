// The README's "Validating incoming JSON" sample, compiled and run by IncomingJsonTests.
using System.Text.Json;
using PeaceModel.Serialization;
using PeaceModel.Validation;

namespace PeaceModel.Tests.Samples;

internal static class IncomingJson
{
    #region Accept
    private static readonly DiplomaticEventValidator Validator = new(); // build once; thread-safe

    public static async Task<bool> AcceptAsync(Stream body, IReadOnlyDictionary<string, string> sourceTexts, TextWriter errors)
    {
        DiplomaticEvent episode;
        try
        {
            episode = await PeaceModelJson.DeserializeAsync(body);
        }
        catch (JsonException ex)
        {
            errors.WriteLine(ex.Message); // "$.path: what is wrong (line L, byte B)"
            return false;
        }

        var result = Validator.Validate(episode, sourceTexts); // source id -> full text, to check quotations
        foreach (var failure in result.Errors)
        {
            errors.WriteLine($"{failure.PropertyName}: {failure.ErrorCode}: {failure.ErrorMessage}");
        }

        return result.IsValid;
    }
    #endregion
}
