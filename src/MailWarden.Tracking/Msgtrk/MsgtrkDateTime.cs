using System.Globalization;

namespace MailWarden.Tracking.Msgtrk;

/// <summary>
/// The <c>date-time</c> field: UTC ISO 8601 as Exchange writes it (<c>2024-01-25T15:16:09.843Z</c>). The usual
/// shape is parsed by hand (this runs once per row, ~10x cheaper than DateTime.TryParseExact); anything else
/// goes through the invariant ISO parser, an offset is converted to UTC, and no offset is taken as UTC.
/// </summary>
internal static class MsgtrkDateTime
{
    public const string Format = "yyyy-MM-ddTHH:mm:ss.fffZ";

    public static bool TryParse(ReadOnlySpan<char> text, out DateTime value) =>
        TryParseExchangeShape(text, out value) || TryParseAnyIso(text, out value);

    public static bool TryParseExchangeShape(ReadOnlySpan<char> s, out DateTime value)
    {
        value = default;
        // yyyy-MM-ddTHH:mm:ss, then an optional fraction of 1-7 digits, then Z.
        if (s.Length < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[^1] != 'Z')
        {
            return false;
        }
        if (!TryDigits(s, 0, 4, out var year) || !TryDigits(s, 5, 2, out var month) || !TryDigits(s, 8, 2, out var day)
            || !TryDigits(s, 11, 2, out var hour) || !TryDigits(s, 14, 2, out var minute) || !TryDigits(s, 17, 2, out var second))
        {
            return false;
        }
        long ticks = 0;
        var fractionLength = s.Length - 20;
        if (fractionLength > 0)
        {
            if (s[19] != '.' || fractionLength - 1 is < 1 or > 7 || !TryDigits(s, 20, fractionLength - 1, out var fraction))
            {
                return false;
            }
            ticks = fraction;
            for (var i = fractionLength - 1; i < 7; i++)
            {
                ticks *= 10;
            }
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(ticks);
        return true;
    }

    /// <summary>
    /// The Exchange shape from UTF-8 bytes, for the columnar reader; false for anything else (including non-ASCII),
    /// which that reader leaves to <see cref="TryParse"/> through the general path.
    /// </summary>
    public static bool TryParseExchangeShape(ReadOnlySpan<byte> utf8, out DateTime value)
    {
        // "yyyy-MM-ddTHH:mm:ss.fffffffZ" is at most 28 characters.
        Span<char> text = stackalloc char[28];
        if (utf8.Length > text.Length || System.Text.Ascii.ToUtf16(utf8, text, out var written) != System.Buffers.OperationStatus.Done)
        {
            value = default;
            return false;
        }
        return TryParseExchangeShape(text[..written], out value);
    }

    private static bool TryDigits(ReadOnlySpan<char> s, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            var digit = s[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }
            value = (value * 10) + digit;
        }
        return true;
    }

    private static bool TryParseAnyIso(ReadOnlySpan<char> s, out DateTime value)
    {
        // Only ISO 8601 shapes (a 'T' between date and time): a culture-dependent date is not guessed here.
        if (s.Length >= 19 && s[4] == '-' && s[10] == 'T'
            && DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out value))
        {
            value = DateTime.SpecifyKind(value, DateTimeKind.Utc);
            return true;
        }
        value = default;
        return false;
    }

    public static string ToText(DateTime utc) => utc.ToString(Format, CultureInfo.InvariantCulture);
}
