using MailWarden.Importing;
using MailWarden.Importing.Store;
using MailWarden.Importing.Store.DuckDb;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MailWarden.Cli.Hosting;

/// <summary>
/// The composition root of <c>mailwarden serve</c>: the long-lived host and everything it runs. Today that is
/// the scheduled import of the configured log folders into the store; the gateway and the console join here.
/// </summary>
public static class ServeHost
{
    /// <summary>The configuration key of the data folder (<c>--data</c>, <c>MAILWARDEN__Data</c>).</summary>
    public const string DataKey = "Data";

    /// <summary>Prefix of the environment variables that configure MailWarden (<c>MAILWARDEN__Import__Interval</c>).</summary>
    public const string EnvironmentPrefix = "MAILWARDEN__";

    /// <summary>Folder under the data folder that <c>serve</c> imports when no <c>Import:Folders</c> are configured.</summary>
    public const string DefaultDropFolder = "msgtrk";

    /// <summary>The default time between scheduled imports when neither Interval nor Cron is configured.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Builds the host. Configuration, lowest to highest precedence: built-in defaults, <c>appsettings.json</c> beside
    /// the program, <c>MAILWARDEN__*</c> environment variables, <c>--Section:Key=value</c> arguments, and the short
    /// flags <c>--data</c>/<c>--db</c>.
    /// </summary>
    /// <param name="configurationArguments">The arguments <c>serve</c> did not parse itself (<c>--Import:Interval=00:05:00</c>).</param>
    /// <param name="dataFolder">The data folder from <c>--data</c>, when given.</param>
    /// <param name="database">The store from <c>--db</c>, when given.</param>
    public static IHost Build(IReadOnlyList<string> configurationArguments, string? dataFolder, string? database)
    {
        ArgumentNullException.ThrowIfNull(configurationArguments);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. configurationArguments],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?> { [DataKey] = Path.GetFullPath("data") },
        });
        builder.Configuration.AddEnvironmentVariables(EnvironmentPrefix);
        builder.Configuration.AddCommandLine([.. configurationArguments]);
        var flags = new Dictionary<string, string?>();
        if (dataFolder is not null)
        {
            flags[DataKey] = dataFolder;
        }
        if (database is not null)
        {
            flags[$"{ImportOptions.SectionName}:{nameof(ImportOptions.Database)}"] = database;
        }
        builder.Configuration.AddInMemoryCollection(flags);

        var data = Path.GetFullPath(builder.Configuration[DataKey]!);
        builder.Services.AddOptions<ImportOptions>()
            .Bind(builder.Configuration.GetSection(ImportOptions.SectionName))
            .PostConfigure(options => ApplyDefaults(options, data))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ImportOptions>, ImportOptionsValidator>();
        builder.Services.AddSingleton<ITrackingStore>(services => new DuckDbTrackingStore(
            services.GetRequiredService<IOptions<ImportOptions>>().Value.Database,
            logger: services.GetRequiredService<ILogger<DuckDbTrackingStore>>()));
        builder.Services.AddHostedService<ScheduledImportService>();
        return builder.Build();
    }

    private static void ApplyDefaults(ImportOptions options, string data)
    {
        if (string.IsNullOrWhiteSpace(options.Database))
        {
            options.Database = Path.Combine(data, "mailwarden.duckdb");
        }
        options.Database = Path.GetFullPath(options.Database);
        if (options.Folders.Count == 0)
        {
            var dropFolder = Path.Combine(data, DefaultDropFolder);
            Directory.CreateDirectory(dropFolder);
            options.Folders.Add(dropFolder);
        }
        if (options.Interval is null && string.IsNullOrWhiteSpace(options.Cron))
        {
            options.Interval = DefaultInterval;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(options.Database)!);
    }
}
