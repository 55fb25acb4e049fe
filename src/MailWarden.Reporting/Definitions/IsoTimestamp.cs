using System.Globalization;

namespace MailWarden.Reporting.Definitions;

/// <summary>Reads <c>--start</c> and <c>--end</c>: ISO 8601 only, so that <c>03/04/2024</c> can never mean two dates.</summary>
internal static class IsoTimestamp
{
    private static readonly string[] Formats = MakeFormats();

    /// <summary>Reads a date (midnight) or date-time; UTC unless it carries <c>Z</c> or an offset.</summary>
    public static bool TryParse(string text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParseExact(
            text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);

    private static string[] MakeFormats()
    {
        string[] times = ["HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF"];
        string[] zones = ["", "'Z'", "zzz"];
        var formats = new List<string> { "yyyy-MM-dd" };
        foreach (var separator in new[] { "'T'", " " })
        {
            foreach (var time in times)
            {
                foreach (var zone in zones)
                {
                    formats.Add($"yyyy-MM-dd{separator}{time}{zone}");
                }
            }
        }
        return [.. formats];
    }
}
