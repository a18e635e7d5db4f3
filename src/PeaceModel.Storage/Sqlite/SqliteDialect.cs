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
        new(Lz4MigrationName, []),
    ];

    /// <summary>
    /// A page cache of 64 MiB a connection (SQLite's default is 2 MiB), so that a batch's index inserts find their pages
    /// in memory, and the file read through a memory map of up to 256 MiB (no read calls and copies for pages the cache
    /// lacks). Both are limits: memory is taken as pages are used.
    /// </summary>
    private const string CachePragmas = " PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456;";

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
                ? "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;" + CachePragmas
                : "PRAGMA busy_timeout = 30000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;" + CachePragmas;
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

    /// <summary>
    /// Inserts the rows through SQLite's own prepared statements (SQLitePCL.raw, under Microsoft.Data.Sqlite): each
    /// statement prepared once a flush, its values bound by position and run, with none of the ADO.NET layer's
    /// per-execution work (parameters looked up by name, a data reader per statement). Synchronous, as SQLite is
    /// in-process: there is no I/O to wait for but the file's.
    /// </summary>
    public override Task FlushAsync(Writer writer, ProjectionRows rows, CancellationToken cancellationToken)
    {
        var db = ((SqliteConnection)writer.Connection).Handle!;
        using (var records = new RawStatement(db, "INSERT INTO records (doc_key, ordinal, record_id, kind, first_day, last_day, instant) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"))
        {
            for (var i = 0; i < rows.RecordIds.Count; i++)
            {
                records.Bind(1, rows.RecordDocKeys[i]).Bind(2, rows.RecordOrdinals[i]).Bind(3, rows.RecordIds[i]).Bind(4, rows.RecordKinds[i])
                    .Bind(5, rows.RecordFirstDays[i]).Bind(6, rows.RecordLastDays[i]).Bind(7, rows.RecordInstants[i]).Run();
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        using (var actors = new RawStatement(db, "INSERT INTO record_actors (actor_id, role, doc_key, ordinal) VALUES (?1, ?2, ?3, ?4)"))
        {
            foreach (var i in rows.ActorsInKeyOrder())
            {
                actors.Bind(1, rows.ActorIds[i]).Bind(2, rows.ActorRoles[i]).Bind(3, rows.ActorDocKeys[i]).Bind(4, rows.ActorOrdinals[i]).Run();
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        using (var links = new RawStatement(db, "INSERT INTO record_links (target_record, target_document, role, doc_key, ordinal) VALUES (?1, ?2, ?3, ?4, ?5)"))
        {
            foreach (var i in rows.LinksInKeyOrder())
            {
                links.Bind(1, rows.LinkRecords[i]).Bind(2, rows.LinkDocuments[i]).Bind(3, rows.LinkRoles[i]).Bind(4, rows.LinkDocKeys[i]).Bind(5, rows.LinkOrdinals[i]).Run();
            }
        }

        return Task.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearPool(new SqliteConnection(connectionString));
        return ValueTask.CompletedTask;
    }
}
