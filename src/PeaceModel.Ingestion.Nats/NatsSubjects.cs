namespace PeaceModel.Ingestion.Nats;

/// <summary>NATS subject matching: tokens separated by dots, <c>*</c> one token, <c>&gt;</c> one or more at the end.</summary>
internal static class NatsSubjects
{
    /// <summary>Whether a subject without wildcards is matched by a subject filter.</summary>
    public static bool Matches(string filter, string subject)
    {
        var f = filter.Split('.');
        var s = subject.Split('.');
        for (var i = 0; i < f.Length; i++)
        {
            if (f[i] == ">")
            {
                return s.Length > i;
            }

            if (i >= s.Length || (f[i] != "*" && f[i] != s[i]))
            {
                return false;
            }
        }

        return f.Length == s.Length;
    }

    public static bool HasWildcards(string subject) => subject.Split('.').Any(t => t is "*" or ">");
}
