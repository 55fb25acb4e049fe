using System.Text;

namespace MailWarden.Tracking.Tests.Support;

/// <summary>A directory deleted when the test ends.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("mailwarden-tracking-").FullName;

    public string Write(string name, string text) => WriteBytes(name, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Append(string path, string text) => File.AppendAllText(path, text, new UTF8Encoding(false));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
