using System.Globalization;

namespace MailWarden.Reporting.Queries;

/// <summary>Collects the values of a statement and hands out their placeholders, so no value is ever spliced into SQL.</summary>
internal sealed class SqlParameterList
{
    private readonly List<object> _values = [];

    /// <summary>The values in placeholder order.</summary>
    public IReadOnlyList<object> Values => _values;

    /// <summary>Adds a value and returns its placeholder (<c>$n</c>: DuckDB and PostgreSQL both read it).</summary>
    public string Add(object value)
    {
        _values.Add(value);
        return "$" + _values.Count.ToString(CultureInfo.InvariantCulture);
    }
}
