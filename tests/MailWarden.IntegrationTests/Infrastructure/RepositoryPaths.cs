namespace MailWarden.IntegrationTests.Infrastructure;

/// <summary>Where the repository, its wrapper script and the shared data are, found from the test binaries.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder that holds MailWarden.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The <c>./mailwarden</c> wrapper script.</summary>
    public static string Wrapper => Path.Combine(Root, "mailwarden");

    /// <summary>../shared/data beside the repository.</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MailWarden.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No MailWarden.sln above {AppContext.BaseDirectory}.");
    }
}
