namespace MailWarden.Importing.Tests.Support;

/// <summary>The shared sample data: ../shared/data beside the directory that holds MailWarden.sln.</summary>
public static class SharedData
{
    public static string Directory { get; } = Locate();

    private static string Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MailWarden.sln")))
            {
                return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "data"));
            }
        }
        throw new InvalidOperationException($"No MailWarden.sln above {AppContext.BaseDirectory}.");
    }
}
