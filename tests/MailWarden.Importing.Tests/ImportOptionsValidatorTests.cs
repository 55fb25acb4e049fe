namespace MailWarden.Importing.Tests;

public sealed class ImportOptionsValidatorTests
{
    [Fact]
    public void Validate_EverythingWrong_ListsEveryErrorAtOnce()
    {
        var options = new ImportOptions { BatchRows = 10, Interval = TimeSpan.FromMinutes(5), Cron = "not a cron" };

        var result = new ImportOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var errors = result.Failures!.ToList();
        Assert.Contains(errors, e => e.Contains("Import:Database", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Import:BatchRows is 10", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Import:Folders is empty", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("both set", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Import:Cron 'not a cron'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_CompleteOptions_Succeeds()
    {
        var options = new ImportOptions { Database = "/var/lib/mailwarden/tracking.duckdb", Cron = "*/5 * * * *" };
        options.Folders.Add("/mnt/exchange/EXCH01");

        Assert.True(new ImportOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_NoSchedule_AsksForIntervalOrCron()
    {
        var options = new ImportOptions { Database = "x.duckdb" };
        options.Folders.Add("/logs");

        var result = new ImportOptionsValidator().Validate(null, options);

        Assert.Contains(result.Failures!, e => e.Contains("give Interval", StringComparison.Ordinal));
    }
}
