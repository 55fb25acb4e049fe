using System.Diagnostics;
using System.Text;

namespace MailWarden.IntegrationTests.Infrastructure;

/// <summary>
/// A CLI process left running (serve, a long import). Its output is drained as it comes, so that a chatty process
/// never blocks on a full pipe, and kept for the failure message.
/// </summary>
public sealed class BackgroundCli : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    internal BackgroundCli(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => process.HasExited;

    /// <summary>Everything it printed so far, both streams interleaved.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Ends it at once with SIGKILL, as <c>kill -9</c> or a power cut would, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
