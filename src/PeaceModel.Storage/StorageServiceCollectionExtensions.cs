using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PeaceModel.Storage;

/// <summary>Registers the embedded store with a service collection.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IEventStore"/> as a singleton: the SQLite store in <paramref name="path"/>, opened (and migrated) when first asked for.</summary>
    /// <param name="services">The services.</param>
    /// <param name="path">The SQLite file.</param>
    /// <param name="options">How to open it, or <see langword="null"/> for the defaults.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddPeaceModelSqliteStore(this IServiceCollection services, string path, EventStoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(path);
        services.TryAddSingleton(_ => SqliteEventStore.OpenAsync(path, options).GetAwaiter().GetResult());
        return services;
    }
}
