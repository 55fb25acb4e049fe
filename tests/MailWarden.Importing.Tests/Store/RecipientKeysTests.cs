using System.Buffers;
using System.Text;
using DuckDB.NET.Data;
using MailWarden.Core.Tracking;
using MailWarden.Importing.Store;

namespace MailWarden.Importing.Tests.Store;

public sealed class RecipientKeysTests
{
    // What the store's view computes for partitions written before the column: the import must write the same.
    private static readonly string EngineSql = $"SELECT {EventSchema.RecipientKeysSql.Replace(EventColumns.RecipientAddress, "$1", StringComparison.Ordinal)}";

    [Theory]
    [InlineData("Alice@Corp.Example", "alice@corp.example")]
    [InlineData(" Bob@corp.example ;; CAROL@corp.example;", "bob@corp.example;carol@corp.example")]
    [InlineData("\tTab@corp.example", "\ttab@corp.example")]
    [InlineData(" ; ;", null)]
    [InlineData("", null)]
    [InlineData("A@X.example;B@Y.example", "a@x.example;b@y.example")]
    [InlineData(";A@x.example", "a@x.example")]
    [InlineData("A@x.example;;B@y.example", "a@x.example;b@y.example")]
    [InlineData("A@x.example ;B@y.example", "a@x.example;b@y.example")]
    [InlineData(";", null)]
    [InlineData("Jürgen.MÜLLER@Corp.example;Anna@X.example", "jürgen.müller@corp.example;anna@x.example")]
    [InlineData("\u00A0Zoë@X.example\u3000; A@B ", "zoë@x.example;a@b")]
    [InlineData("ÉMILE@X.EXAMPLE", "émile@x.example")]
    [InlineData("Ève@CORP.example", "ève@corp.example")]
    [InlineData(" ΣΑΣ@Ⱥ.example ;X@y", "σασ@ⱥ.example;x@y")]
    public void TryWrite_LoggedRecipients_NormalisedOrNull(string logged, string? expected)
    {
        var output = new ArrayBufferWriter<byte>();

        var written = RecipientKeys.TryWrite(Encoding.UTF8.GetBytes(logged), output);

        Assert.Equal(expected is not null, written);
        Assert.Equal(expected ?? "", Encoding.UTF8.GetString(output.WrittenSpan));
    }

    [Fact]
    public void TryWrite_RandomLists_EqualTheEnginesLowerTrim()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        var random = new Random(20240304);
        const string Alphabet = "aZ@.;; \t-_Q9ÉéΣİıẞßȺⱥǅ日😀\u00A0";
        var output = new ArrayBufferWriter<byte>();
        for (int i = 0; i < 2_000; i++)
        {
            var runes = Alphabet.EnumerateRunes().ToArray();
            var logged = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => runes[random.Next(runes.Length)].ToString()));
            using var command = connection.CreateCommand();
            command.CommandText = EngineSql;
            command.Parameters.Add(new DuckDBParameter(logged));
            var engine = command.ExecuteScalar() as string;

            var written = RecipientKeys.TryWrite(Encoding.UTF8.GetBytes(logged), output);

            Assert.Equal(engine, written ? Encoding.UTF8.GetString(output.WrittenSpan) : null);
        }
    }

    [Fact]
    public void Add_TrackingEvent_StoresRecipientKeys()
    {
        var batch = new EventBatch();
        batch.Add(new TrackingEvent { Timestamp = DateTime.UnixEpoch, EventId = "DELIVER", RecipientAddress = " A@B.example;c@d.example " }, "/f", 1);
        batch.Add(new TrackingEvent { Timestamp = DateTime.UnixEpoch, EventId = "DELIVER", RecipientAddress = " ; " }, "/f", 2);

        Assert.Equal("a@b.example;c@d.example", ValueOf(batch, 0));
        Assert.Null(ValueOf(batch, 1));
    }

    private static string? ValueOf(EventBatch batch, int row)
    {
        var column = batch.RecipientKeys;
        if (column.IsDictionaryEncoded)
        {
            int id = column.Ids[row];
            return id < 0 ? null : Encoding.UTF8.GetString(column.DictionaryValue(id));
        }
        return column.TryGetUtf8(row, out var value) ? Encoding.UTF8.GetString(value) : null;
    }
}
