namespace MailWarden.Reporting.Definitions;

/// <summary>A report to run: which one, on which events, how many rows, summarised how.</summary>
/// <param name="Definition">The report (see <see cref="ReportCatalog"/>).</param>
public sealed record ReportRequest(ReportDefinition Definition)
{
    /// <summary>The default of <c>--top</c> for traffic reports.</summary>
    public const int DefaultTop = 10;

    /// <summary>The filters.</summary>
    public ReportFilter Filter { get; init; } = new();

    /// <summary><c>--top</c> as given; <see langword="null"/> when not given.</summary>
    public int? Top { get; init; }

    /// <summary><c>--by</c>: the summary period of a traffic report.</summary>
    public SummaryPeriod By { get; init; }

    /// <summary><c>--ranges</c> of <c>count-by-custom-size-range</c>.</summary>
    public SizeRanges? Ranges { get; init; }

    /// <summary>
    /// The row limit that applies: <see cref="Top"/>, else 10 for top-N traffic reports, else none
    /// (<c>events</c> and <c>track</c> list everything, size-range reports list every bucket).
    /// </summary>
    public int? EffectiveTop => !Definition.IsTopN ? null : Top ?? (Definition.Kind == ReportKind.Traffic ? DefaultTop : null);

    /// <summary>The buckets of a size-range report: <see cref="Ranges"/> or the default buckets.</summary>
    public SizeRanges EffectiveRanges => Ranges ?? SizeRanges.Default;

    /// <summary>Lists what is wrong with this request, all at once; empty when it can run.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Top is < 1)
        {
            errors.Add($"--top: {Top} is not a positive number of rows.");
        }
        if (Filter.Start is { } start && Filter.End is { } end && end <= start)
        {
            errors.Add($"--end ({end:O}) must be after --start ({start:O}).");
        }
        if (By != SummaryPeriod.None && Definition.Kind != ReportKind.Traffic)
        {
            errors.Add($"--by: '{Definition.Name}' lists events; --by summarises traffic reports only.");
        }
        if (Definition.TakesRanges && Ranges is null)
        {
            errors.Add($"--ranges: '{Definition.Name}' needs its buckets, e.g. --ranges 0,10KB,1MB.");
        }
        if (!Definition.TakesRanges && Ranges is not null)
        {
            errors.Add($"--ranges: only '{ReportCatalog.CustomSizeRangeName}' takes --ranges, not '{Definition.Name}'.");
        }
        if (Definition.Kind == ReportKind.Track && Filter.MessageId is null && Filter.Sender is null &&
            Filter.Recipients.Count == 0 && Filter.Start is null && Filter.End is null)
        {
            errors.Add("track: give --message-id, or --sender, --recipients, --start or --end to pick the messages.");
        }
        return errors;
    }
}
