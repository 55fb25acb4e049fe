using MailWarden.Core.Tracking;

namespace MailWarden.Tracking.Msgtrk;

/// <summary>Which field each column of an MSGTRK row holds, from a <c>#Fields:</c> line: columns are mapped by name, never by position.</summary>
internal sealed class MsgtrkColumnMap
{
    private static readonly Dictionary<string, MsgtrkField> KnownFields = MsgtrkFieldNames.Exchange2016
        .Select((name, index) => (name, index))
        .ToDictionary(f => f.name, f => (MsgtrkField)f.index, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, MsgtrkField>.AlternateLookup<ReadOnlySpan<char>> KnownFieldsBySpan =
        KnownFields.GetAlternateLookup<ReadOnlySpan<char>>();

    private MsgtrkColumnMap(string headerLine, MsgtrkField[] fields, string[] names)
    {
        HeaderLine = headerLine;
        Fields = fields;
        Names = names;
    }

    /// <summary>The <c>#Fields:</c> line as written in the file (kept in <c>TrackingLogPosition.Header</c>).</summary>
    public string HeaderLine { get; }

    public MsgtrkField[] Fields { get; }

    public string[] Names { get; }

    public int Count => Fields.Length;

    /// <summary>The Exchange 2016/2019 field list, for header-less files (docs/tracking-formats.md).</summary>
    public static MsgtrkColumnMap Exchange2016 { get; } = Create(MsgtrkDirective.FieldsPrefix + string.Join(',', MsgtrkFieldNames.Exchange2016));

    public static bool HasRequiredFields(ReadOnlySpan<char> fieldsValue)
    {
        bool hasDateTime = false, hasEventId = false;
        foreach (var range in fieldsValue.Split(','))
        {
            var name = fieldsValue[range].Trim();
            hasDateTime |= name.Equals(MsgtrkFieldNames.DateTime, StringComparison.OrdinalIgnoreCase);
            hasEventId |= name.Equals(MsgtrkFieldNames.EventId, StringComparison.OrdinalIgnoreCase);
        }
        return hasDateTime && hasEventId;
    }

    /// <summary>Builds the map of a <c>#Fields:</c> line, or says what is wrong with it.</summary>
    public static bool TryCreate(string headerLine, int maxFields, out MsgtrkColumnMap? map, out string? error)
    {
        map = null;
        if (!MsgtrkDirective.TryGetValue(headerLine, "Fields", out var value))
        {
            error = "is not a #Fields line";
            return false;
        }
        var fields = new List<MsgtrkField>();
        var names = new List<string>();
        foreach (var range in value.Split(','))
        {
            if (fields.Count == maxFields)
            {
                error = $"lists more than {maxFields} fields (MsgtrkLimits.MaxFields)";
                return false;
            }
            var name = value[range].Trim();
            var field = KnownFieldsBySpan.TryGetValue(name, out var known) ? known : MsgtrkField.Extra;
            var nameText = field == MsgtrkField.Extra ? name.ToString() : MsgtrkFieldNames.Exchange2016[(int)field];
            if (name.IsEmpty || names.Contains(nameText, StringComparer.OrdinalIgnoreCase))
            {
                error = name.IsEmpty ? "has an empty field name" : $"lists the field '{nameText}' twice";
                return false;
            }
            fields.Add(field);
            names.Add(nameText);
        }
        if (!fields.Contains(MsgtrkField.DateTime) || !fields.Contains(MsgtrkField.EventId))
        {
            error = $"lacks {MsgtrkFieldNames.DateTime} or {MsgtrkFieldNames.EventId}";
            return false;
        }
        map = new MsgtrkColumnMap(headerLine, [.. fields], [.. names]);
        error = null;
        return true;
    }

    private static MsgtrkColumnMap Create(string headerLine) =>
        TryCreate(headerLine, int.MaxValue, out var map, out var error) ? map! : throw new InvalidOperationException(error);
}
