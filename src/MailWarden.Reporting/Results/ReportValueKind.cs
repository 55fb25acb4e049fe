namespace MailWarden.Reporting.Results;

/// <summary>What a column holds, so that every output formats and aligns it the same way.</summary>
public enum ReportValueKind
{
    /// <summary>Text (<see cref="string"/>), left-aligned; <see langword="null"/> when empty.</summary>
    Text,

    /// <summary>A whole number (<see cref="long"/>), right-aligned.</summary>
    Integer,

    /// <summary>A size in bytes (<see cref="long"/>), right-aligned.</summary>
    Bytes,

    /// <summary>An instant in UTC (<see cref="DateTime"/> of kind <see cref="DateTimeKind.Utc"/>), written as ISO 8601.</summary>
    Timestamp,

    /// <summary>Named values (<see cref="IReadOnlyList{T}"/> of <see cref="KeyValuePair{TKey, TValue}"/> of strings): the log fields without a column of their own.</summary>
    Fields,
}
