using System.CommandLine;
using MailWarden.Cli.Output;
using MailWarden.Reporting.Definitions;
using MailWarden.Reporting.Queries;

namespace MailWarden.Cli.Commands;

/// <summary><c>mailwarden report NAME</c>: one subcommand per report of ../shared/REPORTS.md.</summary>
public static class ReportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("report", "Tracking and traffic reports over the imported logs (see 'report NAME --help').");
        foreach (var definition in ReportCatalog.All.Where(d => d.Kind != ReportKind.Track))
        {
            command.Subcommands.Add(CreateReport(definition));
        }
        return command;
    }

    private static Command CreateReport(ReportDefinition definition)
    {
        var command = new Command(definition.Name, Describe(definition));
        foreach (var option in ReportOptions.Filters)
        {
            command.Options.Add(option);
        }
        if (definition.Kind == ReportKind.Traffic)
        {
            command.Options.Add(ReportOptions.By);
        }
        if (definition.TakesRanges)
        {
            command.Options.Add(ReportOptions.Ranges);
        }
        foreach (var option in ReportOptions.Outputs)
        {
            command.Options.Add(option);
        }
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(() => RunAsync(definition, parseResult, cancellationToken)));
        return command;
    }

    /// <summary>Parses the options, runs the report on a snapshot of the store and writes it.</summary>
    public static async Task<int> RunAsync(ReportDefinition definition, ParseResult parseResult, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(parseResult);
        var request = ReportRequestParser.Parse(definition.Name, ReportOptions.ToArguments(parseResult));
        if (ReportOutput.Validate(parseResult) is { Count: > 0 } problems)
        {
            throw new ReportArgumentException(problems);
        }
        await using var store = StoreAccess.OpenExisting(parseResult);
        var connection = await store.OpenSnapshotAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var result = await ReportRunner.DuckDb.RunAsync(connection, request, cancellationToken).ConfigureAwait(false);
            await ReportOutput.WriteAsync(result, parseResult, cancellationToken).ConfigureAwait(false);
        }
        return 0;
    }

    private static string Describe(ReportDefinition definition) => definition.Kind switch
    {
        ReportKind.Events => "Every event matching the filters, newest first (all event ids, or one with --event-id).",
        _ => $"{definition.Title}: rows are {definition.KeyHeader.ToLowerInvariant()}, counted as {definition.CountHeader.ToLowerInvariant()}.",
    };
}
