using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PeaceModel.Storage.Sqlite;

/// <summary>A statement prepared by SQLite itself on a connection of Microsoft.Data.Sqlite, run many times with values bound by position.</summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;

    public RawStatement(sqlite3 db, string sql)
    {
        this.db = db;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, sql, out statement), db);
    }

    public RawStatement Bind(int index, long value)
    {
        Check(raw.sqlite3_bind_int64(statement, index, value));
        return this;
    }

    public RawStatement Bind(int index, long? value)
    {
        Check(value is { } known ? raw.sqlite3_bind_int64(statement, index, known) : raw.sqlite3_bind_null(statement, index));
        return this;
    }

    public RawStatement Bind(int index, int value) => Bind(index, (long)value);

    public RawStatement Bind(int index, int? value) => Bind(index, (long?)value);

    public RawStatement Bind(int index, string value)
    {
        Check(raw.sqlite3_bind_text(statement, index, value));
        return this;
    }

    /// <summary>Runs the statement (one that returns no rows) and makes it ready for the next values.</summary>
    public void Run()
    {
        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (result != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(result, db);
        }
    }

    public void Dispose() => statement.Dispose();

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, db);
        }
    }
}
