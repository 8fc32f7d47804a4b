using Warta.Core;

namespace Warta.Coding.Events;

/// <summary>
/// An actor the text implies but does not name (the police who made an arrest). Its code starts with
/// <see cref="Prefix"/> until the pipeline gives it the country of the event's place or target.
/// </summary>
public static class ImpliedAgent
{
    public const string Prefix = "?";

    /// <summary>The rule of an implied doer: of an agentless passive or of a crowd's act.</summary>
    public const string Rule = "actor:implied-agent";

    /// <summary>
    /// The rule of the doer of an act no actor is named before ("Unjuk rasa di Los Angeles …"): only a place named right
    /// after the act gives it a country, as an act whose place is further on is as often a name or a comparison.
    /// </summary>
    public const string UnnamedRule = "actor:implied-unnamed";

    public static bool IsUnresolved(ActorMention actor) => actor.Code.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The actor with its country, or null when no country is known.</summary>
    public static ActorMention? Resolve(ActorMention actor, string? country) =>
        country is null ? null : actor with { Code = country + actor.Code[Prefix.Length..] };
}
