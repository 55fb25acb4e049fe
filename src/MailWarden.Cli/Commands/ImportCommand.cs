using System.CommandLine;
using System.Globalization;
using MailWarden.Importing;
using MailWarden.Importing.Store.DuckDb;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace MailWarden.Cli.Commands;

/// <summary>
/// <c>mailwarden import PATH...</c>: "Track now": imports tracking log files and folders into the store,
/// incrementally (only what is new since the last run); with <c>--watch</c>, again on a schedule until stopped.
/// </summary>
public static class ImportCommand
{
    private static readonly Argument<string[]> Paths = new("PATH")
    {
        Description = "Tracking log files or folders (searched recursively; one folder per server is common).",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<bool> Watch = new("--watch")
    {
        Description = "Keep running: import again every --interval (default 1 minute) or on --cron, until Ctrl+C.",
    };

    private static readonly Option<TimeSpan?> Interval = new("--interval")
    {
        Description = "With --watch: time between runs, e.g. 00:05:00.",
        HelpName = "TIME",
    };

    private static readonly Option<string?> Cron = new("--cron")
    {
        Description = "With --watch: a cron expression instead of --interval, e.g. \"*/5 * * * *\" (UTC).",
        HelpName = "EXPR",
    };

    private static readonly Option<int> BatchRows = new("--batch-rows")
    {
        Description = "Rows per partition written to the store (bounds memory).",
        DefaultValueFactory = _ => ImportOptions.DefaultBatchRows,
        HelpName = "N",
    };

    private static readonly Option<TimeSpan> LockTimeout = new("--lock-timeout")
    {
        Description = "How long to wait while another import (e.g. serve's) holds the store.",
        DefaultValueFactory = _ => TimeSpan.FromMinutes(5),
        HelpName = "TIME",
    };

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("import", "Import tracking logs into the store now (\"Track Now\"), incrementally; --watch keeps importing.")
        {
            Paths, Watch, Interval, Cron, BatchRows, LockTimeout,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(() => RunAsync(parseResult, cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var paths = parseResult.GetValue(Paths)!.Select(Path.GetFullPath).ToList();
        var options = new ImportOptions
        {
            Database = CommonOptions.ResolveDatabase(parseResult),
            BatchRows = parseResult.GetValue(BatchRows),
            LockTimeout = parseResult.GetValue(LockTimeout),
            Interval = parseResult.GetValue(Interval),
            Cron = parseResult.GetValue(Cron),
        };
        foreach (var path in paths)
        {
            options.Folders.Add(path);
        }
        var watch = parseResult.GetValue(Watch);
        // The schedule matters only with --watch; a one-off run validates with the default in place.
        if (options.Interval is null && string.IsNullOrWhiteSpace(options.Cron))
        {
            options.Interval = TimeSpan.FromMinutes(1);
        }
        var problems = new ImportOptionsValidator().Validate(null, options);
        if (problems.Failed)
        {
            throw new CommandFailedException(string.Join(Environment.NewLine, problems.Failures.Select(ToOptionName)));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(options.Database)!);
        var interactive = !watch && !Console.IsOutputRedirected && !Console.IsErrorRedirected;
        // On a terminal the progress bar owns the screen and the problems are listed after it. Diagnostics go to standard error, so that standard output carries only the summary a script reads.
        using var loggerFactory = LoggerFactory.Create(logging => logging
            .AddSimpleConsole(console => { console.SingleLine = true; console.TimestampFormat = watch ? "HH:mm:ss " : null; })
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
            .AddFilter(level => level >= (interactive ? LogLevel.None : watch ? LogLevel.Information : LogLevel.Warning)));
        await using var store = new DuckDbTrackingStore(options.Database, logger: loggerFactory.CreateLogger<DuckDbTrackingStore>());
        var importer = new TrackingImporter(store, options, loggerFactory.CreateLogger<TrackingImporter>());

        if (watch)
        {
            await ScheduledImportLoop.RunAsync(importer, paths, ImportSchedule.FromOptions(options),
                summary => Console.WriteLine($"imported: {summary}"), loggerFactory.CreateLogger("MailWarden.Import"),
                cancellationToken: cancellationToken).ConfigureAwait(false);
            return 0;
        }

        var result = interactive
            ? await ImportWithProgressAsync(importer, paths, cancellationToken).ConfigureAwait(false)
            : await importer.ImportAsync(paths, progress: null, cancellationToken).ConfigureAwait(false);
        if (interactive)
        {
            foreach (var problem in result.Problems)
            {
                await Console.Error.WriteLineAsync(problem).ConfigureAwait(false);
            }
        }
        Console.WriteLine($"imported: {result}");
        return result.HasFileErrors ? 1 : 0;
    }

    private static async Task<ImportSummary> ImportWithProgressAsync(TrackingImporter importer, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        ImportSummary? summary = null;
        await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Importing", maxValue: 1);
                var progress = new Progress<ImportProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.BytesTotal);
                    task.Value = p.BytesDone;
                    task.Description = string.Create(CultureInfo.InvariantCulture,
                        $"{p.FilesDone}/{p.FilesTotal} files, {p.Rows:N0} rows");
                });
                summary = await importer.ImportAsync(paths, progress, cancellationToken).ConfigureAwait(false);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return summary!;
    }

    // The validator names configuration keys (Import:BatchRows); on the command line they are options.
    private static string ToOptionName(string failure) => failure
        .Replace("Import:BatchRows", "--batch-rows", StringComparison.Ordinal)
        .Replace("Import:LockTimeout", "--lock-timeout", StringComparison.Ordinal)
        .Replace("Import:Cron", "--cron", StringComparison.Ordinal)
        .Replace("Import:Interval", "--interval", StringComparison.Ordinal);
}
