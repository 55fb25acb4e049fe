using System.Buffers;
using System.Text;

namespace MailWarden.Importing.Store;

/// <summary>
/// The <see cref="EventColumns.RecipientKeys"/> value of a logged <c>recipient-address</c>: each <c>;</c>-separated
/// recipient trimmed of spaces and lower-cased, empty ones dropped, joined with <c>;</c>: exactly the engine's
/// <c>lower(trim(x))</c> per recipient (ASCII directly; other text through <see cref="EngineLowerCase"/>, trimming every
/// Unicode space separator as the engine does).
/// </summary>
internal static class RecipientKeys
{
    /// <summary>Writes the keys of <paramref name="recipients"/> (valid UTF-8) to <paramref name="output"/>, replacing its content.</summary>
    /// <returns>False, with nothing written, when the column is NULL: no recipient left.</returns>
    public static bool TryWrite(ReadOnlySpan<byte> recipients, ArrayBufferWriter<byte> output)
    {
        output.ResetWrittenCount();
        if (recipients.IsEmpty)
        {
            return false;
        }
        bool ascii = Ascii.IsValid(recipients);
        if (ascii && IsAlreadyTrimmedAndJoined(recipients))
        {
            // The usual value: nothing to trim or drop, so the keys are the whole value lower-cased in one pass
            // (the same bytes as lowering each recipient and joining them with ';').
            Ascii.ToLower(recipients, output.GetSpan(recipients.Length), out int written);
            output.Advance(written);
            return true;
        }
        bool first = true;
        foreach (var range in recipients.Split((byte)';'))
        {
            var recipient = ascii ? recipients[range].Trim((byte)' ') : TrimSpaceSeparators(recipients[range]);
            if (recipient.IsEmpty)
            {
                continue;
            }
            if (!first)
            {
                output.Write(";"u8);
            }
            first = false;
            if (ascii)
            {
                Ascii.ToLower(recipient, output.GetSpan(recipient.Length), out int lowered);
                output.Advance(lowered);
            }
            else
            {
                WriteLower(recipient, output);
            }
        }
        return output.WrittenCount > 0;
    }

    // No space to trim and no empty recipient to drop: no leading or trailing ';' and no ";;".
    private static bool IsAlreadyTrimmedAndJoined(ReadOnlySpan<byte> ascii) =>
        ascii[0] != (byte)';' && ascii[^1] != (byte)';' && !ascii.Contains((byte)' ') && ascii.IndexOf(";;"u8) < 0;

    // DuckDB's trim() removes the Unicode space separators (category Zs: ' ', U+00A0, U+3000...), not tabs or line breaks.
    private static ReadOnlySpan<byte> TrimSpaceSeparators(ReadOnlySpan<byte> utf8)
    {
        // Every space separator but ' ' is non-ASCII, so its encoding starts and ends with a byte of 0x80 or more:
        // a recipient that starts and ends with another ASCII byte (the usual one) has nothing to trim.
        if (!utf8.IsEmpty && IsAsciiNotSpace(utf8[0]) && IsAsciiNotSpace(utf8[^1]))
        {
            return utf8;
        }
        while (Rune.DecodeFromUtf8(utf8, out var rune, out int consumed) == OperationStatus.Done && IsSpaceSeparator(rune))
        {
            utf8 = utf8[consumed..];
        }
        while (Rune.DecodeLastFromUtf8(utf8, out var rune, out int consumed) == OperationStatus.Done && IsSpaceSeparator(rune))
        {
            utf8 = utf8[..^consumed];
        }
        return utf8;
    }

    private static bool IsAsciiNotSpace(byte value) => value < 0x80 && value != (byte)' ';

    private static bool IsSpaceSeparator(Rune rune) => Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.SpaceSeparator;

    private static void WriteLower(ReadOnlySpan<byte> utf8, ArrayBufferWriter<byte> output)
    {
        while (!utf8.IsEmpty)
        {
            // The ASCII run up to the next multi-byte character is lowered in one call, as rune by rune would.
            int asciiRun = utf8.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (asciiRun != 0)
            {
                var run = asciiRun < 0 ? utf8 : utf8[..asciiRun];
                Ascii.ToLower(run, output.GetSpan(run.Length), out int loweredRun);
                output.Advance(loweredRun);
                utf8 = utf8[run.Length..];
                continue;
            }
            // Callers pass valid UTF-8 (the reader checks it; strings encode to it), so every rune decodes.
            Rune.DecodeFromUtf8(utf8, out var rune, out int consumed);
            var encoded = utf8[..consumed];
            if (EngineLowerCase.TryLower(rune.Value, out var lower))
            {
                output.Write(lower);
            }
            else
            {
                output.Write(encoded);
            }
            utf8 = utf8[consumed..];
        }
    }
}
