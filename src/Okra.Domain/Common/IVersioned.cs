namespace Okra.Domain.Common;

/// <summary>
/// An entity guarded by optimistic concurrency: <see cref="Version"/> goes up by one on every saved change,
/// and an update based on an older version is refused rather than silently overwriting.
/// </summary>
public interface IVersioned
{
    /// <summary>The version a client must send back when it changes the entity.</summary>
    int Version { get; }
}
