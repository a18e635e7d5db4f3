using System.Data.Common;
using Microsoft.Data.Sqlite;
using PeaceModel.Storage.Engine;

namespace PeaceModel.Storage.Sqlite;

/// <summary>
/// The store in one SQLite file: WAL journal (readers never wait for the writer), <c>synchronous=NORMAL</c> (a
/// process killed mid-write loses nothing committed; a power cut may lose the last commits, never consistency),
/// writes as <c>BEGIN IMMEDIATE</c> transactions (one writer at a time, across processes, others wait up to 30 s).
/// </summary>
internal sealed class SqliteDialect : StoreDialect
{
    private static readonly Migration[] All =
    [
        new("initial", [
            "CREATE TABLE store_state (id integer PRIMARY KEY CHECK (id = 1), position integer NOT NULL)",
            "INSERT INTO store_state (id, position) VALUES (1, 0)",
            "CREATE TABLE documents (doc_key integer PRIMARY KEY, document_id text NOT NULL UNIQUE, version integer NOT NULL, deleted integer NOT NULL, thread_id text, first_day integer, last_day integer, instant integer, position integer NOT NULL)",
            "CREATE TABLE document_versions (position integer PRIMARY KEY, doc_key integer NOT NULL, version integer NOT NULL, deleted integer NOT NULL, sha256 blob, canonical blob, stored_at integer NOT NULL, UNIQUE (doc_key, version))",
            "CREATE TABLE records (doc_key integer NOT NULL, ordinal integer NOT NULL, record_id text NOT NULL, kind text NOT NULL, first_day integer, last_day integer, instant integer, PRIMARY KEY (doc_key, ordinal)) WITHOUT ROWID",
            "CREATE TABLE record_actors (actor_id text NOT NULL, role text NOT NULL, doc_key integer NOT NULL, ordinal integer NOT NULL, PRIMARY KEY (actor_id, role, doc_key, ordinal)) WITHOUT ROWID",
            "CREATE TABLE record_links (target_record text NOT NULL, target_document text NOT NULL, role text NOT NULL, doc_key integer NOT NULL, ordinal integer NOT NULL, PRIMARY KEY (target_record, target_document, role, doc_key, ordinal)) WITHOUT ROWID",
            .. DocumentIndexes,
        ]),
        QueryIndexes,
        ReferrerIndex,
    ];

    private readonly string connectionString;
    private bool walChecked;

    public SqliteDialect(string path)
    {
        Path = path;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string Path { get; }

    public override string StoreName => $"SQLite store '{Path}'";

    public override IReadOnlyList<Migration> Migrations => All;

    public override string MigrationsTableExistsSql => "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";

    public override string InsertVersionSql =>
        "INSERT INTO document_versions (position, doc_key, version, deleted, sha256, canonical, stored_at) VALUES (@position, @doc_key, @version, @deleted, @sha256, @canonical, @stored_at)";

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = walChecked
                ? "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;"
                : "PRAGMA busy_timeout = 30000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            walChecked = true;
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancellationToken) =>
        BeginWriteAsync(connection, cancellationToken);

    public override void SetCanonical(DbParameter parameter, byte[]? canonical) => SetBinary(parameter, canonical);

    public override byte[] ReadCanonical(DbDataReader reader, int ordinal) => (byte[])reader.GetValue(ordinal);

    public override Task FlushAsync(Writer writer, ProjectionRows rows, CancellationToken cancellationToken)
    {
        var records = writer.Prepared("INSERT INTO records (doc_key, ordinal, record_id, kind, first_day, last_day, instant) VALUES (@a, @b, @c, @d, @e, @f, @g)", "@a", "@b", "@c", "@d", "@e", "@f", "@g");
        for (var i = 0; i < rows.RecordIds.Count; i++)
        {
            Run(records, rows.RecordDocKeys[i], rows.RecordOrdinals[i], rows.RecordIds[i], rows.RecordKinds[i], rows.RecordFirstDays[i], rows.RecordLastDays[i], rows.RecordInstants[i]);
        }

        var actors = writer.Prepared("INSERT INTO record_actors (actor_id, role, doc_key, ordinal) VALUES (@a, @b, @c, @d)", "@a", "@b", "@c", "@d");
        for (var i = 0; i < rows.ActorIds.Count; i++)
        {
            Run(actors, rows.ActorIds[i], rows.ActorRoles[i], rows.ActorDocKeys[i], rows.ActorOrdinals[i]);
        }

        var links = writer.Prepared("INSERT INTO record_links (target_record, target_document, role, doc_key, ordinal) VALUES (@a, @b, @c, @d, @e)", "@a", "@b", "@c", "@d", "@e");
        for (var i = 0; i < rows.LinkRecords.Count; i++)
        {
            Run(links, rows.LinkRecords[i], rows.LinkDocuments[i], rows.LinkRoles[i], rows.LinkDocKeys[i], rows.LinkOrdinals[i]);
        }

        return Task.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearPool(new SqliteConnection(connectionString));
        return ValueTask.CompletedTask;
    }

    /// <summary>Runs a prepared insert with values; synchronous, as SQLite is in-process (no I/O to wait for but the file's).</summary>
    private static void Run(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
