using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PeaceModel.Storage.PostgreSql;

/// <summary>Registers the PostgreSQL store with a service collection.</summary>
public static class PostgreSqlServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IEventStore"/> as a singleton: the PostgreSQL store at <paramref name="connection"/>, opened (and migrated) when first asked for.</summary>
    /// <param name="services">The services.</param>
    /// <param name="connection">An Npgsql connection string or a <c>postgres://</c> URL.</param>
    /// <param name="options">How to open it, or <see langword="null"/> for the defaults.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddPeaceModelPostgreSqlStore(this IServiceCollection services, string connection, EventStoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(connection);
        services.TryAddSingleton(_ => PostgreSqlEventStore.OpenAsync(connection, options).GetAwaiter().GetResult());
        return services;
    }
}
