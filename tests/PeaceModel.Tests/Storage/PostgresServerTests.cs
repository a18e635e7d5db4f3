namespace PeaceModel.Tests.Storage;

/// <summary>Where no PostgreSQL server can be started, the storage tests say why and are skipped, except where they are required (CI).</summary>
public class PostgresServerTests
{
    private const string NoSuchScript = "/nonexistent/postgres.sh";

    [Fact]
    public void NoServer_OutsideCi_IsAReasonToSkip()
    {
        using var server = new PostgresServer(given: null, NoSuchScript, required: false);

        Assert.NotNull(server.Unavailable);
        Assert.Contains("apt-get install postgresql", server.Unavailable, StringComparison.Ordinal);
    }

    [Fact]
    public void NoServer_InCi_IsAnError()
    {
        Assert.Throws<InvalidOperationException>(() => new PostgresServer(given: null, NoSuchScript, required: true));
    }

    [Fact]
    public void AGivenServer_IsUsedWithoutStartingOne()
    {
        using var server = new PostgresServer(given: "Host=127.0.0.1;Port=1", NoSuchScript, required: true);

        Assert.Equal(("Host=127.0.0.1;Port=1", null), (server.ConnectionString, server.Unavailable));
    }
}
