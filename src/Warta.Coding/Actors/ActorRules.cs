namespace Warta.Coding.Actors;

/// <summary>The rule names of actor mentions that later stages reason with (the names are part of the output).</summary>
public static class ActorRules
{
    /// <summary>A person from the people file, alone or inside a title ("Presiden Prancis Emmanuel Macron").</summary>
    public const string Person = "actor:person";

    /// <summary>A role word with a country named with it ("militer Israel").</summary>
    public const string RoleCountry = "actor:role+country";

    /// <summary>A bare role word whose country comes from the context ("polisi").</summary>
    public const string RoleContext = "actor:role+context";

    /// <summary>An organisation by its name ("Perserikatan Bangsa-Bangsa").</summary>
    public const string Organisation = "actor:organisation";

    /// <summary>A person named again after an earlier sentence introduced them with a title ("… kata Boroujerdi").</summary>
    public const string NamedEarlier = "actor:named-earlier";

    /// <summary>A role word with the possessive ending ("warganya").</summary>
    public const string RoleOwner = "actor:role+owner";
}
