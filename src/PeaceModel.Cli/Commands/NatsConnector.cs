using NATS.Client.Core;

namespace PeaceModel.Cli.Commands;

/// <summary>The NATS connection of <c>publish</c> and <c>ingest</c>: <c>--nats URL</c>, else <c>PEACEMODEL_NATS</c>, else the local default.</summary>
internal static class NatsConnector
{
    /// <summary>The environment variable that names the NATS server when <c>--nats</c> is not given.</summary>
    public const string UrlVariable = "PEACEMODEL_NATS";

    public const string DefaultUrl = "nats://127.0.0.1:4222";

    public static string Describe => $"The NATS server's URL (nats://host:port). Defaults to ${UrlVariable}, else {DefaultUrl}.";

    /// <summary>Connects; on failure the reason is written and the connection is <see langword="null"/>.</summary>
    public static async Task<NatsConnection?> ConnectAsync(string? given, string name, CliEnvironment environment)
    {
        var url = given ?? (Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } variable ? variable : DefaultUrl);
        var connection = new NatsConnection(new NatsOpts { Url = url, Name = name, ConnectTimeout = TimeSpan.FromSeconds(5) });
        try
        {
            await connection.ConnectAsync();
            return connection;
        }
        catch (Exception ex) when (ex is NatsException or TimeoutException or ArgumentException or UriFormatException)
        {
            await environment.Error.WriteLineAsync($"peacemodel: cannot connect to the NATS server at {url}: {ex.Message}");
            await connection.DisposeAsync();
            return null;
        }
    }
}
