using Microsoft.Extensions.DependencyInjection;
using PeaceModel.Storage.PostgreSql;

namespace PeaceModel.Storage.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public async Task AddPeaceModelSqliteStore_ResolvesOneStore()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("peacemodel-di-").FullName, "events.db");
        await using var provider = new ServiceCollection().AddPeaceModelSqliteStore(path).BuildServiceProvider();

        var store = provider.GetRequiredService<IEventStore>();

        Assert.Same(store, provider.GetRequiredService<IEventStore>());
        Assert.Equal(WriteOutcome.Stored, (await store.PutAsync(Support.Documents.Seed())).Outcome);
    }

    [Fact]
    public void AddPeaceModelPostgreSqlStore_RegistersTheStoreLazily()
    {
        var services = new ServiceCollection().AddPeaceModelPostgreSqlStore("Host=127.0.0.1;Port=1;Timeout=1");

        var registration = Assert.Single(services, s => s.ServiceType == typeof(IEventStore));

        Assert.Equal(ServiceLifetime.Singleton, registration.Lifetime);
        Assert.NotNull(registration.ImplementationFactory);
    }
}
