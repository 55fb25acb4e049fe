namespace MailWarden.Benchmarks.Generating;

/// <summary>
/// The made-up organisation the generator's mail flows through: mailbox servers with their users, an Edge
/// server, distribution groups and the Internet's senders. Fixed by a seed, so a size and a seed always
/// generate the same logs.
/// </summary>
public sealed class Organisation
{
    /// <summary>The organisation's accepted domain.</summary>
    public const string Domain = "contoso.com";

    /// <summary>Builds an organisation of the given size from a seed.</summary>
    public Organisation(int seed, int mailboxServers = 4, int users = 5_000, int groups = 200, int externalDomains = 2_000)
    {
        var random = new Random(seed);
        MailboxServers = [.. Enumerable.Range(1, mailboxServers).Select(i => new Server($"EX{i:00}", $"10.0.0.{10 + i}"))];
        Edge = new Server("EDGE01", "10.0.1.5");
        Users = [.. Enumerable.Range(0, users).Select(i =>
            new User($"{FirstNames[random.Next(FirstNames.Length)]}.{LastNames[random.Next(LastNames.Length)]}{i}@{Domain}",
                MailboxServers[random.Next(MailboxServers.Count)]))];
        Groups = [.. Enumerable.Range(0, groups).Select(i =>
            new Group($"{GroupNames[i % GroupNames.Length]}-{i}@{Domain}",
                [.. Enumerable.Range(0, 3 + random.Next(25)).Select(_ => Users[random.Next(Users.Count)])]))];
        ExternalSenders = [.. Enumerable.Range(0, externalDomains * 3).Select(i =>
            $"{FirstNames[random.Next(FirstNames.Length)]}{i % 97}@{Words[random.Next(Words.Length)]}{i % externalDomains}.example")];
    }

    /// <summary>The Exchange mailbox servers (transport, submission and delivery services).</summary>
    public IReadOnlyList<Server> MailboxServers { get; }

    /// <summary>The Edge Transport server facing the Internet.</summary>
    public Server Edge { get; }

    /// <summary>Mailbox users.</summary>
    public IReadOnlyList<User> Users { get; }

    /// <summary>Distribution groups.</summary>
    public IReadOnlyList<Group> Groups { get; }

    /// <summary>Addresses on the Internet that send mail in and receive mail from the users.</summary>
    public IReadOnlyList<string> ExternalSenders { get; }

    internal static readonly string[] FirstNames =
        ["anna", "ben", "chloé", "david", "eva", "françois", "greta", "hans", "ingrid", "jürgen", "karin", "lars", "maría", "nils", "olga", "pierre", "quinn", "rosa", "søren", "tomás"];

    internal static readonly string[] LastNames =
        ["smith", "müller", "dubois", "rossi", "garcía", "novák", "kowalski", "jensen", "o'brien", "tanaka", "nguyen", "schmidt"];

    internal static readonly string[] GroupNames = ["all-staff", "sales", "engineering", "finance", "hr", "support", "marketing", "board"];

    internal static readonly string[] Words =
        ["fabrikam", "northwind", "adventure", "tailspin", "wingtip", "litware", "proseware", "lucerne", "woodgrove", "fourthcoffee"];
}

/// <summary>A transport server and its IP address.</summary>
public sealed record Server(string Name, string Ip);

/// <summary>A mailbox user and the server that holds the mailbox.</summary>
public sealed record User(string Address, Server Server);

/// <summary>A distribution group and its members.</summary>
public sealed record Group(string Address, IReadOnlyList<User> Members);
