namespace PeaceModel.Tests.Support;

/// <summary>
/// Finds quoted passages in reading order: each is the whole text between a pair of curly double
/// quotation marks, located by how it begins, searching on from the previous one.
/// </summary>
internal sealed class QuoteFinder(string text)
{
    private int position;

    public Quotation Next(string beginning)
    {
        var open = text.IndexOf("\u201C" + beginning, position, StringComparison.Ordinal);
        if (open < 0)
        {
            throw new InvalidOperationException($"No quotation beginning '{beginning}' after position {position}.");
        }

        var start = open + 1;
        var close = text.IndexOf('\u201D', start);
        position = close + 1;
        return new Quotation { Text = text[start..close], Start = start, Length = close - start };
    }
}
