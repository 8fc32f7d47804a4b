using Warta.Core;

namespace Warta.Coding.Events;

/// <summary>
/// An actor the text implies but does not name (the police who made an arrest). Its code starts with
/// <see cref="Prefix"/> until the pipeline gives it the country of the event's place or target.
/// </summary>
public static class ImpliedAgent
{
    public const string Prefix = "?";

    public static bool IsUnresolved(ActorMention actor) => actor.Code.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The actor with its country, or null when no country is known.</summary>
    public static ActorMention? Resolve(ActorMention actor, string? country) =>
        country is null ? null : actor with { Code = country + actor.Code[Prefix.Length..] };
}
