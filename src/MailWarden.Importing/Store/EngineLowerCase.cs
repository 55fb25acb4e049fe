using System.Collections.Frozen;
using System.Text;
using DuckDB.NET.Data;

namespace MailWarden.Importing.Store;

/// <summary>
/// DuckDB's own <c>lower()</c>, code point by code point, read once per process from the engine: every code point whose
/// <c>lower(chr(c))</c> differs from it. Derived columns lower-cased with this table equal what the reports' SQL would
/// compute, also where .NET's and the engine's Unicode case tables disagree.
/// </summary>
internal static class EngineLowerCase
{
    private static readonly Lazy<FrozenDictionary<int, byte[]>> Table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The UTF-8 of the lower case of <paramref name="codePoint"/>, or false when it is its own lower case.</summary>
    public static bool TryLower(int codePoint, out ReadOnlySpan<byte> lower)
    {
        if (Table.Value.TryGetValue(codePoint, out var bytes))
        {
            lower = bytes;
            return true;
        }
        lower = default;
        return false;
    }

    private static FrozenDictionary<int, byte[]> Load()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        // ASCII is lowered by the caller; surrogates are not code points of UTF-8 text.
        command.CommandText = """
            SELECT CAST(c AS INTEGER), lower(chr(CAST(c AS INTEGER))) FROM range(128, 1114112) AS t(c)
            WHERE (c < 55296 OR c > 57343) AND lower(chr(CAST(c AS INTEGER))) <> chr(CAST(c AS INTEGER))
            """;
        using var reader = command.ExecuteReader();
        var table = new Dictionary<int, byte[]>();
        while (reader.Read())
        {
            table[reader.GetInt32(0)] = Encoding.UTF8.GetBytes(reader.GetString(1));
        }
        return table.ToFrozenDictionary();
    }
}
