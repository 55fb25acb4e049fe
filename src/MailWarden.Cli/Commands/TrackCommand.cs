using System.CommandLine;
using MailWarden.Reporting.Definitions;

namespace MailWarden.Cli.Commands;

/// <summary><c>mailwarden track</c>: a message's whole path across servers, oldest first.</summary>
public static class TrackCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("track",
            "A message's whole path across servers, oldest first: one line per event with server, event, source, recipients and status.");
        foreach (var option in new Option[]
                 {
                     ReportOptions.MessageId, ReportOptions.Sender, ReportOptions.Recipients, ReportOptions.Start, ReportOptions.End,
                     ReportOptions.Server, ReportOptions.EventId, ReportOptions.Top,
                 })
        {
            command.Options.Add(option);
        }
        foreach (var option in ReportOptions.Outputs)
        {
            command.Options.Add(option);
        }
        command.SetAction((parseResult, cancellationToken) =>
            CommandRunner.RunAsync(() => ReportCommand.RunAsync(ReportCatalog.Track, parseResult, cancellationToken)));
        return command;
    }
}
