using Warta.Core;
using Warta.Text.Tokens;

namespace Warta.Text.Tests;

public class TokenizerTests
{
    [Fact]
    public void Tokens_point_into_the_original_text()
    {
        const string text = "Menlu Rusia, Sergei Lavrov, tiba Rabu (20/10).";
        foreach (var token in Tokenizer.Tokenize(text))
            Assert.Equal(token.Norm, token.Span.Of(text).ToLowerInvariant());
    }

    [Fact]
    public void Hyphens_and_slashes_are_separate_tokens()
    {
        var norms = Tokenizer.Normalise("al-Qaeda menyerang (17/10/2021)");
        Assert.Equal(["al", "-", "qaeda", "menyerang", "(", "17", "/", "10", "/", "2021", ")"], norms);
    }

    [Fact]
    public void Inner_apostrophes_and_decimal_numbers_stay_whole()
    {
        var tokens = Tokenizer.Tokenize("Ma'ruf menerima 1.500 ton");
        Assert.Equal(["ma'ruf", "menerima", "1.500", "ton"], tokens.Select(t => t.Norm));
        Assert.Equal(TokenKind.Number, tokens[2].Kind);
    }

    [Fact]
    public void Curly_quotes_and_dashes_normalise()
    {
        Assert.Equal(["\"", "a", "\"", "-"], Tokenizer.Normalise("\u201Ca\u201D \u2013"));
    }
}

public class PhraseTrieTests
{
    [Fact]
    public void Longest_phrase_wins_and_matches_do_not_overlap()
    {
        var trie = new PhraseTrie<string>();
        trie.Add("Korea", "KOR?");
        trie.Add("Korea Utara", "PRK");
        trie.Add("Utara", "NORTH");
        var tokens = Tokenizer.Tokenize("Korea Utara dan Korea");
        var matches = trie.FindAll(tokens);
        Assert.Equal(2, matches.Count);
        Assert.Equal("PRK", matches[0].Values[0]);
        Assert.Equal("KOR?", matches[1].Values[0]);
    }

    [Fact]
    public void Match_span_covers_the_words()
    {
        var trie = new PhraseTrie<int>();
        trie.Add("Selat Tsugaru", 1);
        const string text = "melintasi selat Tsugaru.";
        var tokens = Tokenizer.Tokenize(text);
        var m = Assert.Single(trie.FindAll(tokens));
        Assert.Equal("selat Tsugaru", m.SpanIn(tokens).Of(text));
    }

    [Fact]
    public void Entries_list_every_phrase_with_its_values()
    {
        var trie = new PhraseTrie<string>();
        trie.Add("Korea", "KOR?");
        trie.Add("Korea Utara", "PRK");
        trie.Add("Korea Utara", "DPRK");
        var entries = trie.Entries().ToDictionary(e => string.Join(' ', e.Tokens), e => string.Join(',', e.Values));
        Assert.Equal(2, entries.Count);
        Assert.Equal("KOR?", entries["korea"]);
        Assert.Equal("PRK,DPRK", entries["korea utara"]);
    }
}

public class GluedWordTests
{
    [Fact]
    public void Words_glued_by_scraping_split_at_a_lower_to_upper_change()
    {
        Assert.Equal(["presiden", "rusia", "vladimir", "putin"], Tokenizer.Normalise("Presiden RusiaVladimir Putin"));
        Assert.Equal(["dpr", "ri", "tni"], Tokenizer.Normalise("DPR RI TNI"));
    }

    [Fact]
    public void Acronyms_glued_to_words_split_but_one_letter_prefixes_stay()
    {
        Assert.Equal(["dilansir", "afp"], Tokenizer.Normalise("dilansirAFP"));
        Assert.Equal(["presiden", "ri", "prabowo"], Tokenizer.Normalise("Presiden RIPrabowo"));
        Assert.Equal(["ektp"], Tokenizer.Normalise("eKTP"));
        Assert.Equal(["iphone"], Tokenizer.Normalise("iPhone"));
        Assert.Equal(["pdip"], Tokenizer.Normalise("PDIP"));
    }
}

public class PossessiveTests
{
    [Fact]
    public void A_possessive_s_is_split_from_its_name() =>
        Assert.Equal(["japan", "'", "s", "prime", "minister", "ma'ruf"], Tokenizer.Normalise("Japan's prime minister Ma'ruf"));
}
