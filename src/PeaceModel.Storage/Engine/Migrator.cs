using System.Data.Common;

namespace PeaceModel.Storage.Engine;

/// <summary>Applies the migrations a store lacks, in one transaction under the dialect's migration lock; refuses a store whose schema is newer, naming it.</summary>
internal static class Migrator
{
    private const string CreateTable = "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)";

    public static async Task<int> ApplyAsync(StoreDialect dialect, DbConnection connection, EventStoreOptions options, CancellationToken cancellationToken)
    {
        await using var transaction = await dialect.BeginMigrationAsync(connection, cancellationToken).ConfigureAwait(false);
        var applied = new List<(int Version, string Name)>();
        bool exists;
        await using (var probe = Sql.Command(connection, transaction, dialect.MigrationsTableExistsSql))
        await using (var reader = await probe.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            exists = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }

        if (exists)
        {
            await using var select = Sql.Command(connection, transaction, "SELECT version, name FROM schema_migrations ORDER BY version");
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                applied.Add(((int)Sql.Long(reader, 0), reader.GetString(1)));
            }
        }

        var known = dialect.Migrations;
        if (applied.Count > 0 && applied[^1].Version > known.Count)
        {
            throw new EventStoreException(StoreText.NewerSchema(dialect.StoreName, applied[^1].Version, applied[^1].Name, known.Count, known[^1].Name));
        }

        var target = Math.Min(options.MigrateUpTo ?? known.Count, known.Count);
        var current = applied.Count == 0 ? 0 : applied[^1].Version;
        if (current >= target)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return current;
        }

        if (!options.ApplyMigrations)
        {
            throw new EventStoreException(StoreText.MigrationsNeeded(dialect.StoreName, known.Skip(current).Take(target - current).Select(m => m.Name)));
        }

        await using (var create = Sql.Command(connection, transaction, CreateTable))
        {
            await create.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        }

        for (var version = current + 1; version <= target; version++)
        {
            foreach (var statement in known[version - 1].Statements)
            {
                await using var command = Sql.Command(connection, transaction, statement);
                await command.ExecuteAsync(cancellationToken).ConfigureAwait(false);
            }

            await using var record = Sql.Command(
                connection,
                transaction,
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @applied_at)",
                ("@version", version),
                ("@name", known[version - 1].Name),
                ("@applied_at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
            await record.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return target;
    }
}
