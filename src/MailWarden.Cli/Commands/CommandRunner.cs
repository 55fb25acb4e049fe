using MailWarden.Importing.Store;
using MailWarden.Reporting.Definitions;
using MailWarden.Tracking.Reading;

namespace MailWarden.Cli.Commands;

/// <summary>
/// Runs a command's body and turns the failures a user can fix into a message on standard error and an exit code
/// (2: the request cannot be done as given; 130: interrupted), instead of a stack trace.
/// </summary>
public static class CommandRunner
{
    /// <summary>Exit code for a request that cannot be done as given (bad option, missing store, locked store).</summary>
    public const int UsageError = 2;

    /// <summary>Exit code after Ctrl+C.</summary>
    public const int Interrupted = 130;

    /// <summary>Runs <paramref name="body"/>; returns its exit code, or the failure's.</summary>
    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (ReportArgumentException exception)
        {
            foreach (var error in exception.Errors)
            {
                await Console.Error.WriteLineAsync(error).ConfigureAwait(false);
            }
            return UsageError;
        }
        catch (Exception exception) when (exception is CommandFailedException or StoreLockedException or NotATrackingLogException)
        {
            await Console.Error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return UsageError;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("interrupted").ConfigureAwait(false);
            return Interrupted;
        }
    }
}
