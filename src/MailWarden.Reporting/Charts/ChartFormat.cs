namespace MailWarden.Reporting.Charts;

/// <summary>The image formats of <c>--chart</c>.</summary>
public enum ChartFormat
{
    /// <summary>A PNG bitmap.</summary>
    Png,

    /// <summary>An SVG drawing, text kept as text.</summary>
    Svg,
}
