using MailWarden.Tracking.Reading;

namespace MailWarden.Importing.Checkpoints;

/// <summary>
/// Decides where the import of a file starts from the stored checkpoints: the same file (identity and first bytes
/// match) continues where it stopped, also under a new name; a file replaced or rotated under its name, or
/// truncated below the checkpoint, is read again from its start.
/// </summary>
internal sealed class CheckpointIndex
{
    private readonly Dictionary<FileIdentity, FileCheckpoint> _byIdentity = [];
    private readonly Dictionary<string, FileCheckpoint> _byPath = new(StringComparer.Ordinal);

    public CheckpointIndex(IEnumerable<FileCheckpoint> checkpoints)
    {
        foreach (var checkpoint in checkpoints)
        {
            _byIdentity[checkpoint.Identity] = checkpoint;
            _byPath[checkpoint.Path] = checkpoint;
        }
    }

    /// <summary>Where to start reading <paramref name="stream"/> (the open file at <paramref name="path"/>) and why.</summary>
    public StartDecision Decide(string path, FileIdentity identity, Stream stream)
    {
        if (_byIdentity.TryGetValue(identity, out var known))
        {
            if (!known.Fingerprint.Matches(stream))
            {
                return new StartDecision(TrackingLogPosition.Start, StartReason.Replaced, known.Path);
            }
            if (stream.Length < known.Position.Offset)
            {
                return new StartDecision(TrackingLogPosition.Start, StartReason.Truncated, known.Path);
            }
            var reason = known.Path == path ? StartReason.Continued : StartReason.Renamed;
            return new StartDecision(known.Position, reason, known.Path);
        }
        return _byPath.TryGetValue(path, out var previous)
            ? new StartDecision(TrackingLogPosition.Start, StartReason.Rotated, previous.Path)
            : new StartDecision(TrackingLogPosition.Start, StartReason.New, PreviousPath: null);
    }
}
