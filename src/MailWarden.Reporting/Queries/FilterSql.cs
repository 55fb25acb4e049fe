using MailWarden.Importing.Store;
using MailWarden.Reporting.Definitions;

namespace MailWarden.Reporting.Queries;

/// <summary>The WHERE conditions of the filters on <c>events</c> rows; every value is a parameter.</summary>
internal static class FilterSql
{
    /// <summary>The conditions of <paramref name="filter"/>, to be joined with AND; empty when nothing is filtered.</summary>
    public static List<string> Conditions(ReportFilter filter, SqlParameterList parameters)
    {
        var conditions = new List<string>();
        if (filter.Start is { } start)
        {
            conditions.Add($"{EventColumns.DateTime} >= {parameters.Add(start.UtcDateTime)}");
        }
        if (filter.End is { } end)
        {
            conditions.Add($"{EventColumns.DateTime} < {parameters.Add(end.UtcDateTime)}");
        }
        if (filter.Sender is { } sender)
        {
            conditions.Add($"lower({EventColumns.SenderAddress}) = lower({parameters.Add(sender)})");
        }
        if (filter.Recipients.Count > 0)
        {
            // ';a;b;' contains ';x;' exactly when x is one of the recipients: no LIKE, so no wildcard to escape.
            var anyOf = filter.Recipients.Select(r =>
                $"position(';' || lower({parameters.Add(r)}) || ';' IN ';' || lower({EventColumns.RecipientAddress}) || ';') > 0");
            conditions.Add($"({string.Join(" OR ", anyOf)})");
        }
        if (filter.EventId is { } eventId)
        {
            conditions.Add($"{EventColumns.EventId} = upper({parameters.Add(eventId)})");
        }
        if (filter.MessageId is { } messageId)
        {
            conditions.Add(MessageIdCondition(messageId, parameters));
        }
        if (filter.MessageSubject is { } subject)
        {
            conditions.Add($"position(lower({parameters.Add(subject)}) IN lower({EventColumns.MessageSubject})) > 0");
        }
        if (filter.Server is { } server)
        {
            conditions.Add($"lower({EventColumns.ServerHostname}) = lower({parameters.Add(server)})");
        }
        if (filter.Source is { } source)
        {
            conditions.Add($"upper({EventColumns.Source}) = upper({parameters.Add(source)})");
        }
        return conditions;
    }

    /// <summary>The condition on the exploded recipient of recipient-level reports: one of <c>--recipients</c>.</summary>
    public static string RecipientIn(string recipientExpression, IReadOnlyList<string> recipients, SqlParameterList parameters) =>
        $"{recipientExpression} IN ({string.Join(", ", recipients.Select(r => $"lower({parameters.Add(r)})"))})";

    /// <summary>Joins conditions with AND; <c>TRUE</c> when there are none.</summary>
    public static string And(IEnumerable<string> conditions)
    {
        var list = conditions.ToList();
        return list.Count == 0 ? "TRUE" : string.Join(" AND ", list);
    }

    // Exchange logs message-ids in angle brackets, people paste them with or without; a message without
    // message-id is found by its key (internal-message-id@server-hostname).
    private static string MessageIdCondition(string messageId, SqlParameterList parameters)
    {
        var bare = messageId.Trim('<', '>');
        var bracketed = $"<{bare}>";
        var asGiven = parameters.Add(messageId);
        return $"({EventColumns.MessageId} IN ({parameters.Add(bare)}, {parameters.Add(bracketed)}) OR {EventColumns.MessageKey} = {asGiven})";
    }
}
