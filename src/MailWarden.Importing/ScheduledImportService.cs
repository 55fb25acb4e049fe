using MailWarden.Importing.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MailWarden.Importing;

/// <summary>
/// The scheduled import of <c>serve</c>: imports <see cref="ImportOptions.Folders"/> into the store on the configured
/// <see cref="ImportOptions.Interval"/> or <see cref="ImportOptions.Cron"/>, through <see cref="ScheduledImportLoop"/>.
/// </summary>
public sealed class ScheduledImportService : BackgroundService
{
    private readonly TrackingImporter _importer;
    private readonly ImportOptions _options;
    private readonly ILogger<ScheduledImportService> _logger;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the service.</summary>
    /// <param name="store">The store to import into.</param>
    /// <param name="options">The validated <c>Import</c> section.</param>
    /// <param name="logger">Operator log for the schedule.</param>
    /// <param name="importerLogger">Operator log for the imports.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when null.</param>
    public ScheduledImportService(
        ITrackingStore store, IOptions<ImportOptions> options, ILogger<ScheduledImportService> logger,
        ILogger<TrackingImporter> importerLogger, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _importer = new TrackingImporter(store, _options, importerLogger);
        _logger = logger;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Runs the schedule until the host stops.</summary>
    /// <param name="stoppingToken">Signals host shutdown.</param>
    /// <returns>The loop.</returns>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        ScheduledImportLoop.RunAsync(_importer, [.. _options.Folders], ImportSchedule.FromOptions(_options), onRunCompleted: null, _logger, _timeProvider, stoppingToken);
}
