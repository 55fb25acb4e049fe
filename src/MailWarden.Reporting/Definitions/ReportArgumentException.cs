namespace MailWarden.Reporting.Definitions;

/// <summary>Report options that cannot run; <see cref="Errors"/> lists every problem, each naming its option.</summary>
public sealed class ReportArgumentException : ArgumentException
{
    /// <summary>Creates the exception from its list of problems.</summary>
    public ReportArgumentException(IReadOnlyList<string> errors)
        : base(string.Join(Environment.NewLine, errors ?? throw new ArgumentNullException(nameof(errors)))) =>
        Errors = errors;

    /// <summary>Creates the exception with one problem.</summary>
    public ReportArgumentException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception with one problem and its cause.</summary>
    public ReportArgumentException(string message, Exception innerException)
        : base(message, innerException) =>
        Errors = [message];

    /// <summary>Creates the exception with a generic message.</summary>
    public ReportArgumentException()
        : this("The report options are not valid.")
    {
    }

    /// <summary>Every problem found, one sentence each, naming the option.</summary>
    public IReadOnlyList<string> Errors { get; }
}
