using Npgsql;
using PeaceModel.Storage.Engine;

namespace PeaceModel.Storage.PostgreSql;

/// <summary>
/// Opens the store on a PostgreSQL server, in the current schema of the connection (its <c>search_path</c>): the
/// same API and behaviour as <see cref="SqliteEventStore"/>. Migrations are applied on open (give the role that
/// applies them the right to create tables; the application's role needs only the rights listed in docs/storage.md,
/// with <see cref="EventStoreOptions.ApplyMigrations"/> false).
/// </summary>
/// <example>
/// <code>
/// await using var store = await PostgreSqlEventStore.OpenAsync("Host=localhost;Username=peacemodel;Password=...;Database=peacemodel");
/// await using var same = await PostgreSqlEventStore.OpenAsync("postgres://peacemodel:...@localhost:5432/peacemodel");
/// </code>
/// </example>
public static class PostgreSqlEventStore
{
    /// <summary>What every physical connection of a store runs first (see <see cref="OpenAsync"/>).</summary>
    private const string RandomPageCost = "-c random_page_cost=1.1";

    /// <summary>Opens the store.</summary>
    /// <param name="connection">An Npgsql connection string (<c>Host=...;Username=...;Database=...</c>) or a <c>postgres://user:password@host:port/database</c> URL.</param>
    /// <param name="options">How to open it, or <see langword="null"/> for <see cref="EventStoreOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The store; dispose it when done (it owns its connection pool).</returns>
    /// <exception cref="EventStoreException">The server cannot be reached or refuses the login, the schema is newer than this library knows, or migrations are needed and not to be applied.</exception>
    /// <exception cref="ArgumentException"><paramref name="connection"/> is neither a connection string nor a URL.</exception>
    public static async Task<IEventStore> OpenAsync(string connection, EventStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(connection);
        NpgsqlDataSource dataSource;
        try
        {
            dataSource = CreateDataSource(connection);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"'{Redacted(connection)}' is neither an Npgsql connection string nor a postgres:// URL: {ex.Message}", nameof(connection), ex);
        }

        return await SqlEventStore.OpenAsync(new PostgreSqlDialect(dataSource), options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The store's pool of connections for a connection string or URL: statements prepared automatically, and the planner's cost of a random page a startup option of each connection.</summary>
    internal static NpgsqlDataSource CreateDataSource(string connection)
    {
        var builder = new NpgsqlConnectionStringBuilder(ToConnectionString(connection));
        if (builder.MaxAutoPrepare == 0)
        {
            // The store runs the same few statements again and again: let Npgsql prepare them (unless told otherwise).
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        if (builder.Options?.Contains("random_page_cost", StringComparison.Ordinal) != true)
        {
            // The store reads by index probes of a few rows each. With the server's default cost of a random page
            // (4, made for spinning disks) the planner prefers scanning a whole table to a few hundred such probes
            // (docs/storage.md, "PostgreSQL: statistics"). The store's sessions use 1.1, the value for data in memory or
            // on SSD, unless the connection string's Options set it. It is a startup option of each connection, not a
            // SET: Npgsql resets a connection given back to the pool (DISCARD ALL, or RESET ALL where statements are
            // prepared), which undoes a SET but returns to the values the connection started with.
            builder.Options = $"{builder.Options} {RandomPageCost}".Trim();
        }

        var sourceBuilder = new NpgsqlDataSourceBuilder(builder.ConnectionString);
        return sourceBuilder.Build();
    }

    /// <summary>Tells whether a store name is a PostgreSQL one: a <c>postgres://</c> or <c>postgresql://</c> URL, or a connection string (it has <c>=</c>).</summary>
    /// <param name="store">The name, such as <c>events.db</c> or <c>Host=localhost;Database=peacemodel</c>.</param>
    /// <returns><see langword="true"/> for a URL or a connection string.</returns>
    public static bool IsPostgreSqlName(string store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || store.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || (store.Contains('=', StringComparison.Ordinal) && !File.Exists(store));
    }

    /// <summary>An Npgsql connection string for a connection string (unchanged) or a <c>postgres://user:password@host:port/database?key=value</c> URL.</summary>
    internal static string ToConnectionString(string connection)
    {
        if (!connection.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !connection.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new NpgsqlConnectionStringBuilder(connection).ConnectionString;
        }

        if (!Uri.TryCreate(connection, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException("the URL has no host", nameof(connection));
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo is { Length: > 0 } userInfo)
        {
            var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? userInfo : userInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(userInfo[(colon + 1)..]);
            }
        }

        if (uri.AbsolutePath.Trim('/') is { Length: > 0 } database)
        {
            builder.Database = Uri.UnescapeDataString(database);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = equals < 0 ? "true" : Uri.UnescapeDataString(pair[(equals + 1)..]);
        }

        return builder.ConnectionString;
    }

    /// <summary>A store name for messages: a URL's password left out.</summary>
    private static string Redacted(string connection) =>
        Uri.TryCreate(connection, UriKind.Absolute, out var uri) && uri.UserInfo.Contains(':', StringComparison.Ordinal)
            ? connection.Replace(uri.UserInfo, uri.UserInfo[..uri.UserInfo.IndexOf(':', StringComparison.Ordinal)] + ":***", StringComparison.Ordinal)
            : connection.Contains("password", StringComparison.OrdinalIgnoreCase) ? "(a connection string with a password)" : connection;
}
