using MailWarden.Reporting.Export;
using MailWarden.Reporting.Results;
using Spectre.Console;

namespace MailWarden.Cli.Output;

/// <summary>Renders a report as a terminal table with Spectre.Console: numbers right-aligned, every text escaped.</summary>
public static class ReportTableRenderer
{
    /// <summary>Writes <paramref name="result"/> as a titled table to <paramref name="console"/>.</summary>
    public static void Render(ReportResult result, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(console);
        var table = new Table { Title = new TableTitle(Markup.Escape(result.Title)), Border = TableBorder.Rounded };
        var columns = result.Columns.Where(c => !c.IsDetail).ToList();
        foreach (var column in columns)
        {
            var tableColumn = new TableColumn(Markup.Escape(column.Header));
            if (column.IsNumeric)
            {
                tableColumn.RightAligned();
            }
            table.AddColumn(tableColumn);
        }
        foreach (var row in result.Rows)
        {
            table.AddRow(columns.Select(c => (Spectre.Console.Rendering.IRenderable)new Text(
                ReportValueText.Format(c, row[result.IndexOf(c.Name)]))).ToArray());
        }
        var caption = string.Join("  ", result.Options.Select(o => $"{o.Key} {o.Value}"));
        table.Caption = new TableTitle(Markup.Escape($"{result.Rows.Count:N0} rows{(caption.Length > 0 ? "  " + caption : "")}"));
        console.Write(table);
    }
}
