using MailWarden.Tracking.Reading;

namespace MailWarden.Tracking.Tests.Support;

/// <summary>Shared sample data and per-test temporary files.</summary>
public static class TestFiles
{
    /// <summary>../shared/data/msgtrk next to the repository root (the directory holding MailWarden.sln).</summary>
    public static string SharedMsgtrk { get; } = Path.Combine(FindRepositoryRoot(), "..", "shared", "data", "msgtrk");

    public static string FixturePath(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static TrackingLogReadResult ReadFile(string path, RecordingSink sink, TrackingLogPosition? from = null, MsgtrkLimits? limits = null)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return TrackingLogReader.Read(path, stream, from ?? TrackingLogPosition.Start, sink, limits);
    }

    public static TrackingLogReadResult ReadText(TempDirectory directory, string text, RecordingSink sink, TrackingLogPosition? from = null, MsgtrkLimits? limits = null)
    {
        var path = directory.Write("MSGTRK2024012515-1.LOG", text);
        return ReadFile(path, sink, from, limits);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MailWarden.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("MailWarden.sln not found above " + AppContext.BaseDirectory);
    }
}
