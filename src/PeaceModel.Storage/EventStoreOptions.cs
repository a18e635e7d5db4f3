namespace PeaceModel.Storage;

/// <summary>How a store is opened.</summary>
public sealed record EventStoreOptions
{
    /// <summary>Gets the default options: migrations applied on open.</summary>
    public static EventStoreOptions Default { get; } = new();

    /// <summary>
    /// Gets whether opening a store applies the migrations it lacks (creating an empty one). When
    /// <see langword="false"/> (an application role that may not change the schema, docs/storage.md), a store
    /// that lacks migrations is refused with an <see cref="EventStoreException"/> naming them. Defaults to <see langword="true"/>.
    /// </summary>
    public bool ApplyMigrations { get; init; } = true;

    /// <summary>Gets the last migration to apply, for tests that make an older store; <see langword="null"/> for all.</summary>
    internal int? MigrateUpTo { get; init; }
}
