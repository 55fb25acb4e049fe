namespace MailWarden.Tracking.Msgtrk;

/// <summary>The <c>#Name: value</c> header lines of an MSGTRK file (<c>#Software</c>, <c>#Version</c>, <c>#Log-type</c>, <c>#Date</c>, <c>#Fields</c>).</summary>
internal static class MsgtrkDirective
{
    public const string FieldsPrefix = "#Fields: ";

    /// <summary>Gets the value of <paramref name="line"/> when it is the directive <paramref name="name"/> (names compare case-insensitively).</summary>
    public static bool TryGetValue(ReadOnlySpan<char> line, string name, out ReadOnlySpan<char> value)
    {
        value = default;
        if (line.Length < name.Length + 2 || line[0] != '#'
            || !line.Slice(1, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
            || line[name.Length + 1] != ':')
        {
            return false;
        }
        value = line[(name.Length + 2)..].Trim();
        return true;
    }
}
