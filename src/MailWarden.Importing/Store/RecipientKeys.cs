using System.Buffers;
using System.Text;

namespace MailWarden.Importing.Store;

/// <summary>
/// The <see cref="EventColumns.RecipientKeys"/> value of a logged <c>recipient-address</c>: each <c>;</c>-separated
/// recipient trimmed of spaces and lower-cased, empty ones dropped, joined with <c>;</c>. Computed only for ASCII text,
/// where it is exactly SQL's <c>lower(trim(x))</c> per recipient; for other text the column is NULL and reports
/// normalise <c>recipient_address</c> themselves, so that the engine's own Unicode case rules decide there.
/// </summary>
internal static class RecipientKeys
{
    /// <summary>Writes the keys of <paramref name="recipients"/> (UTF-8) to <paramref name="output"/>, replacing its content.</summary>
    /// <returns>False, with nothing written, when the column is NULL: no recipient left, or text that is not ASCII.</returns>
    public static bool TryWrite(ReadOnlySpan<byte> recipients, ArrayBufferWriter<byte> output)
    {
        output.ResetWrittenCount();
        if (recipients.IsEmpty || !Ascii.IsValid(recipients))
        {
            return false;
        }
        var destination = output.GetSpan(recipients.Length);
        int written = 0;
        foreach (var range in recipients.Split((byte)';'))
        {
            // SQL trim() removes spaces only, not tabs.
            var recipient = recipients[range].Trim((byte)' ');
            if (recipient.IsEmpty)
            {
                continue;
            }
            if (written > 0)
            {
                destination[written++] = (byte)';';
            }
            Ascii.ToLower(recipient, destination[written..], out int lowered);
            written += lowered;
        }
        output.Advance(written);
        return written > 0;
    }
}
