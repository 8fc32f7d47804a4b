namespace Warta.Core;

/// <summary>An actor found in text, coded in CAMEO (e.g. RUSGOV, IGOUNO, AFGREB).</summary>
/// <param name="Code">Full CAMEO actor code.</param>
/// <param name="Name">Canonical name of the entity ("Russia", "Vladimir Putin").</param>
/// <param name="Span">Where in the original text it was found.</param>
/// <param name="Rule">Which dictionary entry or rule produced it ("actor:country", "actor:leader").</param>
public sealed record ActorMention(string Code, string Name, Span Span, string Rule)
{
    /// <summary>Actor root for matching: country code for states, the code itself otherwise.</summary>
    public string Root => ActorCodes.Root(Code);
}

public static class ActorCodes
{
    private static readonly string[] NonStatePrefixes = ["IGO", "NGO", "IMG", "MNC"];

    /// <summary>True for international, non-governmental, militant-group and company codes (IGO/NGO/IMG/MNC…).</summary>
    public static bool IsNonState(string code)
    {
        foreach (var prefix in NonStatePrefixes)
            if (code.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }

    // CAMEO roles that act for the state itself (government, armed forces, police, courts, legislature, intelligence).
    private static readonly string[] StateOrganRoles = ["GOV", "MIL", "COP", "JUD", "LEG", "SPY"];

    /// <summary>A state or one of its organs ("IDN", "IDNGOV", "IDNMIL"), as opposed to rebels, civilians, parties.</summary>
    public static bool IsStateOrgan(string code) =>
        !IsNonState(code) && (code.Length == 3 || StateOrganRoles.Contains(Role(code)));

    /// <summary>
    /// The role part of a code: the three letters after a state's ("IDNCOP" → COP, "USAGOVMIL" → GOV; a bare state "IRN"
    /// has none: ""), the body's type for IGO/NGO/IMG/MNC codes ("IGOUNO" → IGO).
    /// </summary>
    public static string Role(string code)
    {
        foreach (var prefix in NonStatePrefixes)
            if (code.StartsWith(prefix, StringComparison.Ordinal)) return prefix;
        return code.Length > 3 ? code.Substring(3, Math.Min(3, code.Length - 3)) : "";
    }

    /// <summary>The three-letter country code for state actors; the whole code for IGO/NGO/IMG/MNC.</summary>
    public static string Root(string code)
    {
        foreach (var prefix in NonStatePrefixes)
            if (code.StartsWith(prefix, StringComparison.Ordinal)) return code;
        return code.Length >= 3 ? code[..3] : code;
    }
}
