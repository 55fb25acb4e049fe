using System.Globalization;

namespace MailWarden.Reporting.Charts;

/// <summary>Axis texts of charts: keys shortened to fit, sizes in KB/MB/GB.</summary>
internal static class ChartLabels
{
    /// <summary>Longer keys (subjects mostly) are cut to this many characters on an axis; tables keep them whole.</summary>
    public const int MaxKeyLength = 40;

    public static string Key(string? key) =>
        string.IsNullOrEmpty(key) ? "(empty)" : key.Length <= MaxKeyLength ? key : key[..(MaxKeyLength - 1)] + "…";

    public static string Size(double bytes)
    {
        (double Factor, string Unit)[] units = [(1L << 30, "GB"), (1L << 20, "MB"), (1L << 10, "KB")];
        foreach (var (factor, unit) in units)
        {
            if (Math.Abs(bytes) >= factor)
            {
                return (bytes / factor).ToString("0.##", CultureInfo.InvariantCulture) + " " + unit;
            }
        }
        return bytes.ToString("0", CultureInfo.InvariantCulture) + " B";
    }
}
