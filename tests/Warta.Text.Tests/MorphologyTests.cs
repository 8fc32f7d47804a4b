using Warta.Text.Morphology;

namespace Warta.Text.Tests;

public class MorphologyTests
{
    private static Dictionary<string, Voice> Forms(string lang, string root) =>
        Morphology.Morphology.For(lang).Expand(root).GroupBy(f => f.Form).ToDictionary(g => g.Key, g => g.First().Voice);

    [Theory]
    [InlineData("serang", "menyerang", Voice.Active)]
    [InlineData("serang", "diserang", Voice.Passive)]
    [InlineData("serang", "serangan", Voice.Nominal)]
    [InlineData("serang", "penyerangan", Voice.Nominal)]
    [InlineData("kunjung", "mengunjungi", Voice.Active)]
    [InlineData("kunjung", "kunjungan", Voice.Nominal)]
    [InlineData("tembak", "menembak", Voice.Active)]
    [InlineData("pukul", "memukul", Voice.Active)]
    [InlineData("tawar", "menawari", Voice.Active)]
    [InlineData("tawar", "menawarkan", Voice.Active)]
    [InlineData("ancam", "mengancam", Voice.Active)]
    [InlineData("bantu", "membantu", Voice.Active)]
    [InlineData("runding", "berunding", Voice.Active)]
    [InlineData("runding", "perundingan", Voice.Nominal)]
    [InlineData("temu", "bertemu", Voice.Active)]
    [InlineData("temu", "pertemuan", Voice.Nominal)]
    [InlineData("kritik", "mengkritik", Voice.Active)]
    [InlineData("bom", "mengebom", Voice.Active)]
    [InlineData("tangkap", "penangkapan", Voice.Nominal)]
    [InlineData("tangkap", "ditangkap", Voice.Passive)]
    [InlineData("promosi", "mempromosikan", Voice.Active)]
    public void Indonesian_forms(string root, string form, Voice voice)
    {
        var forms = Forms("id", root);
        Assert.True(forms.ContainsKey(form), $"{root} should give {form}; got {string.Join(", ", forms.Keys)}");
        Assert.Equal(voice, forms[form]);
    }

    [Theory]
    [InlineData("attack", "attacked")]
    [InlineData("accuse", "accused")]
    [InlineData("accuse", "accuses")]
    [InlineData("meet", "meeting")]
    [InlineData("kidnap", "kidnapped")]   // a final consonant after one vowel doubles
    [InlineData("ban", "banned")]
    [InlineData("ban", "banning")]
    [InlineData("ban", "bans")]
    [InlineData("deny", "denied")]        // -y after a consonant becomes -i-
    [InlineData("deny", "denies")]
    [InlineData("deny", "denying")]
    [InlineData("visit", "visited")]     // the plain form stays
    [InlineData("meet", "met")]          // irregular-verbs.tsv
    [InlineData("fight", "fought")]
    [InlineData("strike", "struck")]
    [InlineData("withdraw", "withdrawn")]
    public void English_forms(string root, string form) => Assert.Contains(form, Forms("en", root).Keys);

    [Theory]
    [InlineData("delay", "delaied")]     // a vowel before the -y keeps it
    [InlineData("pray", "praies")]
    public void English_spelling_rules_do_not_apply_everywhere(string root, string form) =>
        Assert.DoesNotContain(form, Forms("en", root).Keys);

    [Fact]
    public void A_language_without_spelling_columns_generates_as_before() =>
        Assert.DoesNotContain("serangg", string.Join(" ", Forms("id", "serang").Keys));
}

public class VoiceGuessTests
{
    [Theory]
    [InlineData("pertemuan", Voice.Nominal)]
    [InlineData("pembicaraan", Voice.Nominal)]
    [InlineData("latihan", Voice.Nominal)]
    [InlineData("menawarkan", Voice.Active)]
    [InlineData("bertemu", Voice.Active)]
    [InlineData("ditangkap", Voice.Passive)]
    public void Indonesian_affixes_suggest_the_voice(string word, Voice voice) =>
        Assert.Equal(voice, Morphology.Morphology.For("id").GuessVoice(word));

    [Fact]
    public void A_word_without_affixes_has_no_guess() => Assert.Null(Morphology.Morphology.For("id").GuessVoice("rudal"));

    [Theory]
    [InlineData("menyerang", "serang", Voice.Active)]
    [InlineData("diserang", "serang", Voice.Passive)]
    [InlineData("serangan", "serang", Voice.Nominal)]
    [InlineData("penyerangan", "serang", Voice.Nominal)]
    [InlineData("menembak", "tembak", Voice.Active)]
    [InlineData("memukul", "pukul", Voice.Active)]
    [InlineData("mengunjungi", "kunjung", Voice.Active)]
    [InlineData("mengebom", "bom", Voice.Active)]
    [InlineData("pertemuan", "temu", Voice.Nominal)]
    public void Affix_rules_run_backwards_give_the_root_among_the_candidates(string word, string root, Voice voice)
    {
        var roots = Morphology.Morphology.For("id").Roots(word);
        Assert.Contains(roots, r => r.Form == root && r.Voice == voice);
        Assert.Contains(roots, r => r.Form == word && r.Affix == "base");
    }

    [Fact]
    public void Every_candidate_root_generates_the_word_again()
    {
        var morphology = Morphology.Morphology.For("id");
        foreach (var word in new[] { "menyerang", "diserang", "perundingan", "mengkritik", "menawarkan" })
            foreach (var r in morphology.Roots(word).Where(r => r.Affix != "base"))
                Assert.Contains(morphology.Expand(r.Form), f => f.Form == word);
    }
}
