using Warta.Core;

namespace Warta.Coding.Actors;

/// <summary>
/// One or more coordinated actor mentions ("Rusia, China, dan Iran") over tokens [StartToken, EndToken)
/// of a sentence. <see cref="Marker"/> is the preposition or other oblique word right before the group
/// ("di", "dengan", "ke"), which tells a place or an indirect object from a subject.
/// </summary>
public sealed record ActorGroup(IReadOnlyList<ActorMention> Members, int StartToken, int EndToken, string? Marker)
{
    public bool IsOblique => Marker is not null;
    public bool IsAnaphor { get; init; }

    /// <summary>
    /// The most members of one group read as acting on each other ("Brazil, Chile and Peru met": three pairs); a longer
    /// list ("dihadiri delegasi dari Mesir, …, dan Turki") acts together, not pair by pair.
    /// </summary>
    public const int MaxMutualMembers = 3;
}
