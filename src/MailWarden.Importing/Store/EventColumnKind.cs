namespace MailWarden.Importing.Store;

/// <summary>The storage type of an <c>events</c> column.</summary>
internal enum EventColumnKind
{
    /// <summary>BIGINT.</summary>
    Int64,
    /// <summary>INTEGER.</summary>
    Int32,
    /// <summary>TIMESTAMP, UTC, microsecond precision.</summary>
    Timestamp,
    /// <summary>VARCHAR, UTF-8.</summary>
    Text,
}
