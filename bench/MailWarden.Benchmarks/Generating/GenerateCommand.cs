using System.Diagnostics;
using System.Globalization;

namespace MailWarden.Benchmarks.Generating;

/// <summary><c>generate --events N --out DIR [--seed S] [--days D]</c>: writes a realistic multi-server log set.</summary>
public static class GenerateCommand
{
    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(BenchArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var events = arguments.GetInt64("--events", 1_000_000);
        var output = arguments.GetRequired("--out");
        var seed = (int)arguments.GetInt64("--seed", 20261125);
        var days = arguments.GetInt64("--days", 30);
        var organisation = new Organisation(seed);
        var start = new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc);
        var generator = new MailFlowGenerator(organisation, seed, start, TimeSpan.FromDays(days));
        var stopwatch = Stopwatch.StartNew();
        long written = 0;
        using (var writer = new MsgtrkLogSetWriter(output))
        {
            foreach (var generated in generator.Generate(events))
            {
                writer.Write(generated);
                written++;
            }
            writer.Dispose();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generated {written:N0} events in {writer.FilesWritten:N0} files, {writer.BytesWritten / 1048576.0:N1} MB, in {stopwatch.Elapsed.TotalSeconds:N1} s -> {output}"));
        }
        return 0;
    }
}
