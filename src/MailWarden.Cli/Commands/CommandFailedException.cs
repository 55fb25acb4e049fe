namespace MailWarden.Cli.Commands;

/// <summary>A command cannot do what was asked for a reason the user can fix; the message says which. Exit code 2.</summary>
public sealed class CommandFailedException : Exception
{
    /// <summary>Creates the exception with the message the user sees.</summary>
    public CommandFailedException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with the message the user sees and its cause.</summary>
    public CommandFailedException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public CommandFailedException() : base("The command failed.")
    {
    }
}
