using System.Globalization;

namespace MailWarden.Benchmarks;

/// <summary>The few <c>--name value</c> arguments the benchmark commands take.</summary>
public sealed class BenchArguments(IReadOnlyList<string> arguments)
{
    /// <summary>The value after <paramref name="name"/>, or null.</summary>
    public string? Get(string name)
    {
        for (var i = 0; i < arguments.Count - 1; i++)
        {
            if (arguments[i] == name)
            {
                return arguments[i + 1];
            }
        }
        return null;
    }

    /// <summary>The value after <paramref name="name"/>; fails with a message naming it when missing.</summary>
    public string GetRequired(string name) =>
        Get(name) ?? throw new ArgumentException($"missing {name} VALUE");

    /// <summary>An integer value (underscores and thousands separators allowed), or the default.</summary>
    public long GetInt64(string name, long defaultValue)
    {
        var text = Get(name);
        return text is null ? defaultValue : long.Parse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }

    /// <summary>Whether the flag is present.</summary>
    public bool Has(string name) => arguments.Contains(name);
}
