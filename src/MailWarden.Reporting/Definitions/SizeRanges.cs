using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MailWarden.Reporting.Definitions;

/// <summary>
/// Size buckets for the size-range reports: ascending lower bounds starting at 0, each bucket reaching up to
/// the next bound (exclusive) and the last one to infinity. Written like <c>0,10KB,1MB</c> with
/// KB = 1024 bytes, MB = 1024 KB, GB = 1024 MB.
/// </summary>
public sealed class SizeRanges
{
    private static readonly (string Unit, long Factor)[] Units =
        [("GB", 1L << 30), ("MB", 1L << 20), ("KB", 1L << 10), ("B", 1)];

    private SizeRanges(long[] lowerBounds) => LowerBounds = lowerBounds;

    /// <summary>The buckets of REPORTS.md: [0,10KB) [10KB,50KB) [50KB,100KB) [100KB,1MB) [1MB,5MB) [5MB,10MB) [10MB,inf).</summary>
    public static SizeRanges Default { get; } = Parse("0,10KB,50KB,100KB,1MB,5MB,10MB");

    /// <summary>The lower bound of each bucket in bytes, ascending, the first being 0.</summary>
    public IReadOnlyList<long> LowerBounds { get; }

    /// <summary>The number of buckets.</summary>
    public int Count => LowerBounds.Count;

    /// <summary>The label of a bucket, e.g. <c>[10KB,50KB)</c> or <c>[10MB,inf)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bucket"/> is not a bucket index.</exception>
    public string Label(int bucket)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bucket);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(bucket, Count);
        var upper = bucket + 1 < Count ? FormatSize(LowerBounds[bucket + 1]) : "inf";
        return $"[{FormatSize(LowerBounds[bucket])},{upper})";
    }

    /// <summary>Parses <c>--ranges</c>, e.g. <c>0,10KB,1MB</c>.</summary>
    /// <exception cref="FormatException">The text is not a list of ascending sizes starting at 0; the message names the item.</exception>
    public static SizeRanges Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var error = TryParseCore(text, out var ranges);
        return error is null ? ranges! : throw new FormatException(error);
    }

    /// <summary>Parses <c>--ranges</c>; on failure <paramref name="error"/> says which item is wrong and why.</summary>
    /// <returns><see langword="false"/> when the text is not a list of ascending sizes starting at 0.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out SizeRanges? ranges, [NotNullWhen(false)] out string? error)
    {
        ranges = null;
        error = text is null ? "--ranges: no value given." : TryParseCore(text, out ranges);
        return error is null && ranges is not null;
    }

    /// <summary>Formats a size the way <see cref="Parse"/> reads it, with the largest unit that divides it exactly.</summary>
    public static string FormatSize(long bytes)
    {
        if (bytes == 0)
        {
            return "0";
        }
        foreach (var (unit, factor) in Units)
        {
            if (bytes % factor == 0 && factor > 1)
            {
                return (bytes / factor).ToString(CultureInfo.InvariantCulture) + unit;
            }
        }
        return bytes.ToString(CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(',', LowerBounds.Select(FormatSize));

    private static string? TryParseCore(string text, out SizeRanges? ranges)
    {
        ranges = null;
        var items = text.Split(',');
        var bounds = new long[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i].Trim();
            var position = i + 1;
            if (item.Length == 0)
            {
                return $"--ranges: item {position} is empty (write sizes separated by commas, e.g. 0,10KB,1MB).";
            }
            if (!TryParseSize(item, out bounds[i]))
            {
                return $"--ranges: item {position} '{item}' is not a size (a whole number with an optional unit B, KB, MB or GB).";
            }
            if (i == 0 && bounds[0] != 0)
            {
                return $"--ranges: the first bound is '{item}' but must be 0, so that every size falls in a bucket.";
            }
            if (i > 0 && bounds[i] <= bounds[i - 1])
            {
                return $"--ranges: item {position} '{item}' is not larger than the item before it; bounds must ascend.";
            }
        }
        ranges = new SizeRanges(bounds);
        return null;
    }

    private static bool TryParseSize(string item, out long bytes)
    {
        bytes = 0;
        var factor = 1L;
        var number = item;
        foreach (var (unit, unitFactor) in Units)
        {
            if (item.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                factor = unitFactor;
                number = item[..^unit.Length].TrimEnd();
                break;
            }
        }
        if (number.Length == 0 || !number.All(char.IsAsciiDigit) ||
            !long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }
        if (value > long.MaxValue / factor)
        {
            return false;
        }
        bytes = value * factor;
        return true;
    }
}
