using System.Diagnostics;

namespace MailWarden.IntegrationTests.Infrastructure;

/// <summary>Runs the real <c>./mailwarden</c> wrapper as a user would, as a separate process.</summary>
public static class CliProcess
{
    /// <summary>Runs the CLI with <paramref name="arguments"/> and waits for it to end (killing it after <paramref name="timeout"/>).</summary>
    public static async Task<CliResult> RunAsync(IEnumerable<string> arguments, TimeSpan? timeout = null, string? workingDirectory = null)
    {
        using var process = StartProcess(arguments, workingDirectory);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"mailwarden {string.Join(' ', arguments)} did not end in time.\n{await stdout}\n{await stderr}");
        }
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts the CLI without waiting; its output is collected; disposing it kills it.</summary>
    public static BackgroundCli Start(IEnumerable<string> arguments, string? workingDirectory = null) =>
        new(StartProcess(arguments, workingDirectory));

    private static Process StartProcess(IEnumerable<string> arguments, string? workingDirectory)
    {
        var info = new ProcessStartInfo(RepositoryPaths.Wrapper)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Root,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        // No colours or progress animation in captured output.
        info.Environment["NO_COLOR"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return Process.Start(info) ?? throw new InvalidOperationException("mailwarden did not start.");
    }
}
