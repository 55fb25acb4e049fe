using System.CommandLine;
using MailWarden.Cli.Commands;

namespace MailWarden.Cli;

/// <summary>The <c>mailwarden</c> command tree: one root, one subcommand per job.</summary>
public static class MailWardenCommandLine
{
    /// <summary>Builds the root command with every subcommand and the options they share.</summary>
    public static RootCommand Build()
    {
        var root = new RootCommand(
            "MailWarden: message tracking, reports and mail hygiene for Exchange-style organisations.");
        root.Options.Add(CommonOptions.Data);
        root.Options.Add(CommonOptions.Database);
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(TrackCommand.Create());
        return root;
    }
}
