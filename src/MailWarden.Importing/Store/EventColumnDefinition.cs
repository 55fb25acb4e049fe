namespace MailWarden.Importing.Store;

/// <summary>One column of the <c>events</c> relation: its name, storage type and whether it may be NULL.</summary>
internal sealed record EventColumnDefinition(string Name, EventColumnKind Kind, bool IsNullable)
{
    /// <summary>The DuckDB (and PostgreSQL) type name of the column.</summary>
    public string SqlType => Kind switch
    {
        EventColumnKind.Int64 => "BIGINT",
        EventColumnKind.Int32 => "INTEGER",
        EventColumnKind.Timestamp => "TIMESTAMP",
        _ => "VARCHAR",
    };
}
