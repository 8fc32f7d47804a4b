using Warta.Core;

namespace Warta.Evaluation.Gold;

/// <summary>Actor comparison at actor-root level, as the gold README defines it.</summary>
public static class ActorMatch
{

    /// <summary>
    /// States and state roles compare by their first three letters; IGO/NGO/IMG/MNC codes match when one is a
    /// prefix of the other and the system's code has at least six letters. "*" matches anything.
    /// </summary>
    public static bool Matches(string gold, string system)
    {
        if (gold == "*") return true;
        if (ActorCodes.IsNonState(gold) || ActorCodes.IsNonState(system))
            return system.Length >= 6 && (gold.StartsWith(system, StringComparison.Ordinal) || system.StartsWith(gold, StringComparison.Ordinal));
        return gold.Length >= 3 && system.Length >= 3 && string.CompareOrdinal(gold, 0, system, 0, 3) == 0;
    }
}
