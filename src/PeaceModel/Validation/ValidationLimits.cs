namespace PeaceModel.Validation;

/// <summary>The bounds the validators enforce on lengths. Counts are in UTF-16 code units (<see cref="string.Length"/>).</summary>
public static class ValidationLimits
{
    /// <summary>The longest id: 64.</summary>
    public const int IdLength = 64;

    /// <summary>The longest name, title, role, platform, label or short wording: 200.</summary>
    public const int NameLength = 200;

    /// <summary>The longest summary, paraphrase or requirement: 2,000.</summary>
    public const int TextLength = 2_000;

    /// <summary>The longest quotation: 10,000.</summary>
    public const int QuotationLength = 10_000;

    /// <summary>The most elements in one list of a record (aliases, ids, quotations, codes): 1,000.</summary>
    public const int ListCount = 1_000;
}
