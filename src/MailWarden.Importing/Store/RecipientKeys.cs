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

    // DuckDB's trim() removes the Unicode space separators (category Zs: ' ', U+00A0, U+3000...), not tabs or line breaks.
    private static ReadOnlySpan<byte> TrimSpaceSeparators(ReadOnlySpan<byte> utf8)
    {
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

    private static bool IsSpaceSeparator(Rune rune) => Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.SpaceSeparator;

    private static void WriteLower(ReadOnlySpan<byte> utf8, ArrayBufferWriter<byte> output)
    {
        while (!utf8.IsEmpty)
        {
            // Callers pass valid UTF-8 (the reader checks it; strings encode to it), so every rune decodes.
            Rune.DecodeFromUtf8(utf8, out var rune, out int consumed);
            var encoded = utf8[..consumed];
            if (rune.IsAscii)
            {
                Ascii.ToLower(encoded, output.GetSpan(1), out int lowered);
                output.Advance(lowered);
            }
            else if (EngineLowerCase.TryLower(rune.Value, out var lower))
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
