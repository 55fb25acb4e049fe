namespace MailWarden.Importing.Tests;

public sealed class ImportScheduleTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 1, 8, 7, 30, TimeSpan.Zero);

    [Fact]
    public void NextRun_Interval_IsThatLongAfterTheRunEnded() =>
        Assert.Equal(Now.AddMinutes(5), ImportSchedule.Every(TimeSpan.FromMinutes(5)).NextRun(Now));

    [Fact]
    public void NextRun_FiveFieldCron_IsTheNextMatchingMinute() =>
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 8, 10, 0, TimeSpan.Zero), ImportSchedule.Cron("*/5 * * * *").NextRun(Now));

    [Fact]
    public void NextRun_SixFieldCron_HasSeconds() =>
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 8, 7, 45, TimeSpan.Zero), ImportSchedule.Cron("*/15 * * * * *").NextRun(Now));

    [Fact]
    public void Cron_Invalid_ThrowsFormatExceptionNamingIt() =>
        Assert.Contains("61 * * * *", Assert.Throws<FormatException>(() => ImportSchedule.Cron("61 * * * *")).Message, StringComparison.Ordinal);
}
