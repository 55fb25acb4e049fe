using Microsoft.Extensions.Options;

namespace MailWarden.Importing;

/// <summary>Checks <see cref="ImportOptions"/> at start and reports every problem at once, naming the setting.</summary>
public sealed class ImportOptionsValidator : IValidateOptions<ImportOptions>
{
    /// <summary>The smallest accepted <see cref="ImportOptions.BatchRows"/>: smaller makes many tiny partitions.</summary>
    public const int MinBatchRows = 1_000;

    /// <summary>The largest accepted <see cref="ImportOptions.BatchRows"/>: about 5 GB of memory per batch.</summary>
    public const int MaxBatchRows = 10_000_000;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        const string section = ImportOptions.SectionName;
        if (string.IsNullOrWhiteSpace(options.Database))
        {
            errors.Add($"{section}:Database is required: the DuckDB file of the store.");
        }
        if (options.BatchRows is < MinBatchRows or > MaxBatchRows)
        {
            errors.Add($"{section}:BatchRows is {options.BatchRows}; it must be between {MinBatchRows:N0} and {MaxBatchRows:N0}.");
        }
        if (options.LockTimeout < TimeSpan.Zero)
        {
            errors.Add($"{section}:LockTimeout is {options.LockTimeout}; it cannot be negative.");
        }
        if (options.Folders.Count == 0)
        {
            errors.Add($"{section}:Folders is empty: give at least one folder of tracking logs.");
        }
        for (int i = 0; i < options.Folders.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.Folders[i]))
            {
                errors.Add($"{section}:Folders:{i} is empty.");
            }
        }
        ValidateSchedule(options, errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateSchedule(ImportOptions options, List<string> errors)
    {
        const string section = ImportOptions.SectionName;
        bool hasCron = !string.IsNullOrWhiteSpace(options.Cron);
        if (options.Interval is null && !hasCron)
        {
            errors.Add($"{section}: give Interval (e.g. \"00:05:00\") or Cron (e.g. \"*/5 * * * *\").");
        }
        if (options.Interval is not null && hasCron)
        {
            errors.Add($"{section}: Interval and Cron are both set; give one.");
        }
        if (options.Interval is { } interval && interval <= TimeSpan.Zero)
        {
            errors.Add($"{section}:Interval is {interval}; it must be positive.");
        }
        if (hasCron && !ImportSchedule.TryParseCron(options.Cron!, out _, out string? cronError))
        {
            errors.Add($"{section}:Cron '{options.Cron}' is not a cron expression: {cronError}");
        }
    }
}
