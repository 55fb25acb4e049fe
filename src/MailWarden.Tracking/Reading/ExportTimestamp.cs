using System.Globalization;

namespace MailWarden.Tracking.Reading;

/// <summary>
/// Timestamps in PowerShell and message-trace exports: ISO 8601 (an offset or <c>Z</c> is converted to UTC, none
/// means UTC, as Exchange Online writes <c>Received</c>), or the en-US <c>M/d/yyyy h:mm:ss tt</c> that Export-Csv
/// writes by default, which has no zone: read as UTC and reported through <c>assumedUtc</c> so the caller warns.
/// </summary>
internal static class ExportTimestamp
{
    // The invariant culture has the en-US AM/PM designators and '/' separator; named cultures are unavailable
    // under InvariantGlobalization.
    private static readonly string[] UsFormats = ["M/d/yyyy h:mm:ss tt", "M/d/yyyy H:mm:ss", "M/d/yyyy h:mm tt"];

    public static bool TryParse(ReadOnlySpan<char> text, out DateTime utc, out bool assumedUtc)
    {
        assumedUtc = false;
        text = text.Trim();
        if (text.Length >= 19 && text[4] == '-' && text[10] == 'T'
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out utc))
        {
            utc = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
            return true;
        }
        if (DateTime.TryParseExact(text, UsFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out utc))
        {
            utc = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
            assumedUtc = true;
            return true;
        }
        return false;
    }
}
