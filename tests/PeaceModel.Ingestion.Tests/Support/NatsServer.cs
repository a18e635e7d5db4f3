using System.Diagnostics;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using PeaceModel.Tests.Support;

namespace PeaceModel.Ingestion.Tests.Support;

/// <summary>
/// The NATS server of the ingestion tests: the one <c>.ci/run</c> started (<c>PEACEMODEL_NATS</c>), or else a throwaway one
/// on 127.0.0.1 started with <c>.ci/nats.sh</c> (JetStream, 64 MiB messages) and stopped when the tests end. When neither can
/// be had, every test that needs it fails with the reason: never silently skipped. Each test takes streams and subjects of
/// its own (<see cref="NewName"/>).
/// </summary>
public sealed class NatsServer : IDisposable
{
    private readonly string? ownDirectory;
    private int names;

    public NatsServer()
    {
        if (Environment.GetEnvironmentVariable("PEACEMODEL_NATS") is { Length: > 0 } given)
        {
            Url = given;
            return;
        }

        try
        {
            var output = Script("start").Trim().Split(' ');
            ownDirectory = output[0];
            Url = $"nats://127.0.0.1:{output[1]}";
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            Unavailable = $"no NATS server: PEACEMODEL_NATS is not set and .ci/nats.sh could not start one (install it: apt-get install nats-server): {ex.Message}";
            Url = string.Empty;
        }
    }

    public string Url { get; }

    public string? Unavailable { get; }

    /// <summary>A name no other test uses, for a stream (upper case) or a subject (lower case).</summary>
    public string NewName(string prefix) => $"{prefix}{Environment.ProcessId}x{Interlocked.Increment(ref names)}";

    public async Task<NatsConnection> ConnectAsync()
    {
        if (Unavailable is not null)
        {
            throw new InvalidOperationException(Unavailable);
        }

        var connection = new NatsConnection(new NatsOpts { Url = Url, Name = "peacemodel-tests" });
        await connection.ConnectAsync();
        return connection;
    }

    /// <summary>Every message of a subject of a stream, in stream order, with its headers (read by a consumer of its own, acknowledging nothing).</summary>
    public static async Task<List<INatsJSMsg<byte[]>>> ReadAllAsync(INatsJSContext js, string stream, string subject)
    {
        var consumer = await js.CreateOrUpdateConsumerAsync(stream, new ConsumerConfig($"reader-{Guid.NewGuid():N}") { FilterSubject = subject, AckPolicy = ConsumerConfigAckPolicy.None, InactiveThreshold = TimeSpan.FromMinutes(1) });
        var messages = new List<INatsJSMsg<byte[]>>();
        while (true)
        {
            var before = messages.Count;
            await foreach (var message in consumer.FetchNoWaitAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = 1000 }))
            {
                messages.Add(message);
            }

            if (messages.Count == before)
            {
                return messages;
            }
        }
    }

    public void Dispose()
    {
        if (ownDirectory is not null)
        {
            Script("stop", ownDirectory);
        }
    }

    private static string Script(params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryFiles.Root, ".ci", "nats.sh"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadLine() ?? string.Empty;
        process.WaitForExit(30_000);
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($".ci/nats.sh {string.Join(' ', args)} failed ({process.ExitCode}): {process.StandardError.ReadToEnd()}");
    }
}

[CollectionDefinition(Name)]
public sealed class NatsCollection : ICollectionFixture<NatsServer>
{
    public const string Name = "NATS";
}
