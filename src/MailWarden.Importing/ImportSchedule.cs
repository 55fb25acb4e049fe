using Cronos;

namespace MailWarden.Importing;

/// <summary>When a scheduled import runs: a fixed pause between runs, or the times of a cron expression (UTC).</summary>
public sealed class ImportSchedule
{
    private readonly TimeSpan? _interval;
    private readonly CronExpression? _cron;

    private ImportSchedule(TimeSpan? interval, CronExpression? cron) => (_interval, _cron) = (interval, cron);

    /// <summary>Runs again <paramref name="interval"/> after the previous run ended.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The interval is not positive.</exception>
    public static ImportSchedule Every(TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        return new(interval, null);
    }

    /// <summary>Runs at the times of a cron expression of five fields, or six with seconds first, in UTC.</summary>
    /// <exception cref="FormatException">The expression is not valid; the message says why.</exception>
    public static ImportSchedule Cron(string expression) =>
        TryParseCron(expression, out var cron, out string? error) ? new(null, cron) : throw new FormatException($"Cron '{expression}': {error}");

    /// <summary>The schedule that valid <paramref name="options"/> describe.</summary>
    /// <exception cref="ArgumentException">Neither or both of Interval and Cron are set.</exception>
    public static ImportSchedule FromOptions(ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        bool hasCron = !string.IsNullOrWhiteSpace(options.Cron);
        return (options.Interval, hasCron) switch
        {
            ({ } interval, false) => Every(interval),
            (null, true) => Cron(options.Cron!),
            _ => throw new ArgumentException("Set exactly one of Import:Interval and Import:Cron.", nameof(options)),
        };
    }

    /// <summary>When the next run starts, given that the previous one ended at <paramref name="previousEndUtc"/>.</summary>
    public DateTimeOffset NextRun(DateTimeOffset previousEndUtc)
    {
        if (_interval is { } interval)
        {
            return previousEndUtc + interval;
        }
        return _cron!.GetNextOccurrence(previousEndUtc, TimeZoneInfo.Utc) ?? DateTimeOffset.MaxValue;
    }

    /// <summary>Parses a cron expression of five fields, or six with seconds.</summary>
    public static bool TryParseCron(string expression, out CronExpression? cron, out string? error)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var format = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
        try
        {
            cron = CronExpression.Parse(expression, format);
            error = null;
            return true;
        }
        catch (CronFormatException exception)
        {
            cron = null;
            error = exception.Message;
            return false;
        }
    }

    /// <inheritdoc />
    public override string ToString() => _interval is { } interval ? $"every {interval}" : $"cron '{_cron}'";
}
