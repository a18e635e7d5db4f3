namespace PeaceModel.Cli;

/// <summary>The exit codes of every <c>peacemodel</c> command.</summary>
internal static class ExitCodes
{
    /// <summary>Everything read is valid, or the command succeeded.</summary>
    public const int Success = 0;

    /// <summary>Some data is invalid: it could not be read as an event, or it breaks a validation rule.</summary>
    public const int Invalid = 1;

    /// <summary>A usage error, or input that cannot be read at all (missing file, no events, not UTF-8).</summary>
    public const int Unusable = 2;
}
