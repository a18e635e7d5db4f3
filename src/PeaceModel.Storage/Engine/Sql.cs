using System.Data.Common;
using System.Globalization;

namespace PeaceModel.Storage.Engine;

/// <summary>Small helpers over ADO.NET: commands with parameters (never SQL built from values) and typed reads.</summary>
internal static class Sql
{
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            Add(command, name, value);
        }

        return command;
    }

    public static DbParameter Add(DbCommand command, string name, object? value = null)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    public static void Set(this DbCommand command, string name, object? value) => command.Parameters[name].Value = value ?? DBNull.Value;

    public static long Long(DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static long? NullableLong(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Long(reader, ordinal);

    public static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateOnly? Day(DbDataReader reader, int ordinal) => NullableLong(reader, ordinal) is { } day ? DateOnly.FromDayNumber((int)day) : null;

    public static DateTimeOffset? Instant(DbDataReader reader, int ordinal) => NullableLong(reader, ordinal) is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    public static async Task<long> ExecuteAsync(this DbCommand command, CancellationToken cancellationToken) =>
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
}
