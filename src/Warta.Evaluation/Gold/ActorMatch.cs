namespace Warta.Evaluation.Gold;

/// <summary>Actor comparison at actor-root level, as the gold README defines it.</summary>
public static class ActorMatch
{
    private static readonly string[] NonState = ["IGO", "NGO", "IMG", "MNC"];

    /// <summary>
    /// States and state roles compare by their first three letters; IGO/NGO/IMG/MNC codes match when one is a
    /// prefix of the other and the system's code has at least six letters. "*" matches anything.
    /// </summary>
    public static bool Matches(string gold, string system)
    {
        if (gold == "*") return true;
        var goldNonState = NonState.Any(p => gold.StartsWith(p, StringComparison.Ordinal));
        var systemNonState = NonState.Any(p => system.StartsWith(p, StringComparison.Ordinal));
        if (goldNonState || systemNonState)
            return system.Length >= 6 && (gold.StartsWith(system, StringComparison.Ordinal) || system.StartsWith(gold, StringComparison.Ordinal));
        return gold.Length >= 3 && system.Length >= 3 && string.CompareOrdinal(gold, 0, system, 0, 3) == 0;
    }
}
