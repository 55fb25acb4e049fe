using MailWarden.Reporting.Definitions;

namespace MailWarden.Reporting.Tests.Definitions;

public sealed class SizeRangesTests
{
    [Fact]
    public void Parse_UnitsInAnyCase_ReadsBinaryMultiples()
    {
        var ranges = SizeRanges.Parse("0, 1500, 10kb,1MB , 2 GB");

        Assert.Equal([0L, 1500L, 10240L, 1048576L, 2147483648L], ranges.LowerBounds);
    }

    [Fact]
    public void Parse_NotAscending_NamesTheItem()
    {
        var error = Assert.Throws<FormatException>(() => SizeRanges.Parse("0,1MB,10KB"));

        Assert.Contains("item 3 '10KB'", error.Message, StringComparison.Ordinal);
        Assert.Contains("ascend", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0,,1MB", "item 2 is empty")]
    [InlineData("0,ten", "item 2 'ten' is not a size")]
    [InlineData("0,1.5MB", "item 2 '1.5MB' is not a size")]
    [InlineData("0,-1", "item 2 '-1' is not a size")]
    [InlineData("0,1TB", "item 2 '1TB' is not a size")]
    [InlineData("0,99999999999GB", "item 2 '99999999999GB' is not a size")]
    [InlineData("10KB,1MB", "first bound is '10KB' but must be 0")]
    public void TryParse_BadList_ExplainsWhy(string text, string expected)
    {
        Assert.False(SizeRanges.TryParse(text, out var ranges, out var error));

        Assert.Null(ranges);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.StartsWith("--ranges:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Label_LastBucket_ReachesInfinity()
    {
        var ranges = SizeRanges.Parse("0,1500,1MB");

        Assert.Equal(["[0,1500)", "[1500,1MB)", "[1MB,inf)"], Enumerable.Range(0, ranges.Count).Select(ranges.Label));
    }

    [Fact]
    public void Default_IsTheBucketsOfTheContract()
    {
        Assert.Equal("0,10KB,50KB,100KB,1MB,5MB,10MB", SizeRanges.Default.ToString());
    }

    [Fact]
    public void ToString_ParsedBack_GivesTheSameBounds()
    {
        var ranges = SizeRanges.Parse("0,1536,3MB,7GB");

        Assert.Equal(ranges.LowerBounds, SizeRanges.Parse(ranges.ToString()).LowerBounds);
    }
}
