using System.CommandLine;
using MailWarden.Cli.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MailWarden.Cli.Commands;

/// <summary><c>mailwarden serve</c>: the long-lived host (scheduled import now; the gateway and console later).</summary>
public static class ServeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("serve",
            "Run MailWarden: import the configured tracking-log folders on a schedule (default: <data>/msgtrk every minute). " +
            "Settings come from appsettings.json, MAILWARDEN__Section__Key environment variables and --Section:Key=value " +
            "arguments, e.g. --Import:Interval=00:05:00 or --Import:Folders:0=/mnt/ex01 (docs/configuration.md).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(() => RunAsync(parseResult, cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var data = parseResult.GetValue(CommonOptions.Data)?.FullName
            ?? Environment.GetEnvironmentVariable(CommonOptions.DataEnvironmentVariable);
        var database = parseResult.GetValue(CommonOptions.Database)?.FullName;
        using var host = ServeHost.Build([.. parseResult.UnmatchedTokens], data, database);
        try
        {
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OptionsValidationException exception)
        {
            foreach (var failure in exception.Failures)
            {
                await Console.Error.WriteLineAsync($"configuration: {failure}").ConfigureAwait(false);
            }
            return CommandRunner.UsageError;
        }
        return 0;
    }
}
