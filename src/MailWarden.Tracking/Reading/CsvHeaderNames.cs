namespace MailWarden.Tracking.Reading;

/// <summary>Splits one CSV line (no line breaks inside) into its unquoted values; enough for header lines and format detection.</summary>
internal static class CsvHeaderNames
{
    public static List<string> Parse(ReadOnlySpan<char> line, char separator = ',')
    {
        var names = new List<string>();
        var value = new System.Text.StringBuilder();
        var inQuotes = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                if (inQuotes && i + 1 < line.Length && line[i + 1] == '"')
                {
                    value.Append('"');
                    i++;
                }
                else
                {
                    inQuotes = !inQuotes;
                }
            }
            else if (c == separator && !inQuotes)
            {
                names.Add(value.ToString().Trim());
                value.Clear();
            }
            else
            {
                value.Append(c);
            }
        }
        names.Add(value.ToString().Trim());
        return names;
    }

    public static int CountFields(ReadOnlySpan<char> line, char separator = ',')
    {
        var count = 1;
        var inQuotes = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (c == separator && !inQuotes)
            {
                count++;
            }
        }
        return count;
    }
}
