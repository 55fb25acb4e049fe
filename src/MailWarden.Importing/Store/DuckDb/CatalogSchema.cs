namespace MailWarden.Importing.Store.DuckDb;

/// <summary>
/// The catalog's tables. No primary keys: DuckDB checks unique constraints eagerly, so deleting and re-inserting a
/// key in one transaction (what a checkpoint update is) would fail; the tables are small and written by one
/// importer at a time, so the commit code keeps them unique instead.
/// </summary>
internal static class CatalogSchema
{
    public const int Version = 1;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS store_info (key VARCHAR NOT NULL, value VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS partitions (
            file VARCHAR NOT NULL, rows BIGINT NOT NULL, first_seq BIGINT NOT NULL, last_seq BIGINT NOT NULL,
            min_time TIMESTAMP NOT NULL, max_time TIMESTAMP NOT NULL, bytes BIGINT NOT NULL, created_at TIMESTAMP NOT NULL);
        CREATE TABLE IF NOT EXISTS retired_partitions (file VARCHAR NOT NULL, retired_at TIMESTAMP NOT NULL);
        CREATE TABLE IF NOT EXISTS checkpoints (
            device BIGINT NOT NULL, inode BIGINT NOT NULL, path VARCHAR NOT NULL,
            fingerprint_length INTEGER NOT NULL, fingerprint VARCHAR NOT NULL, size BIGINT NOT NULL,
            "offset" BIGINT NOT NULL, line_number BIGINT NOT NULL, header VARCHAR, updated_at TIMESTAMP NOT NULL);
        """;

    public const string NextSeqKey = "next_seq";
    public const string SchemaVersionKey = "schema_version";
}
