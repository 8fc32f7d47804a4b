using System.Text.RegularExpressions;
using Warta.Coding.Events;
using Warta.Evaluation.Gold;
using Warta.TestSupport;

namespace Warta.Evaluation.Tests.Gold;

/// <summary>
/// The team's written evaluation set (data/evaluation/id): scored only, so every article is in the test fold, and every
/// event's words are found where the scorer and the guidelines expect them.
/// </summary>
public sealed partial class WrittenEvaluationSetTests
{
    private static readonly string File = Path.Combine(Repository.Root, "data", "evaluation", "id", "written-id.jsonl");

    private static readonly List<GoldArticle> Articles = GoldFile.Read(File).ToList();

    [Fact]
    public void Every_article_is_scored_only_and_named_once()
    {
        Assert.Equal(150, Articles.Count);
        Assert.All(Articles, a => Assert.Equal(FoldSelection.Test, a.Fold));
        Assert.All(Articles, a => Assert.Equal("id", a.Article.Language));
        Assert.Equal(Articles.Count, Articles.Select(a => a.Article.Id).Distinct().Count());
    }

    [Fact]
    public void Every_event_gives_its_words_as_they_stand_in_the_text()
    {
        foreach (var a in Articles)
        {
            var text = a.Article.Text;
            foreach (var e in a.Events)
            {
                var where = $"{a.Article.Id} {e.Source}>{e.Target}";
                Assert.True(text.Contains(e.Evidence, StringComparison.Ordinal), $"{where}: evidence not in the text");
                Assert.False(string.IsNullOrWhiteSpace(e.Trigger), $"{where}: no trigger");
                Assert.True(e.Evidence.Contains(e.Trigger!, StringComparison.Ordinal), $"{where}: trigger not in the evidence");
                Assert.True(string.IsNullOrEmpty(e.SourceText) || text.Contains(e.SourceText, StringComparison.Ordinal), $"{where}: source words not in the text");
                Assert.True(string.IsNullOrEmpty(e.TargetText) || text.Contains(e.TargetText, StringComparison.Ordinal), $"{where}: target words not in the text");
            }
        }
    }

    [Fact]
    public void Every_code_is_a_cameo_code_with_a_known_root()
    {
        foreach (var e in Articles.SelectMany(a => a.Events))
        {
            Assert.NotEmpty(e.Codes);
            foreach (var code in e.Codes)
            {
                Assert.Matches(CodeShape(), code);
                Assert.NotEqual("", CameoCodebook.Default.Get(code[..2]).Label);
            }
        }
    }

    [Fact]
    public void No_forbidden_entry_forbids_a_pair_the_article_itself_reports()
    {
        foreach (var a in Articles)
            foreach (var f in a.Forbidden)
                Assert.DoesNotContain(a.Events, e => ActorMatch.Matches(f.Source, e.Source) && ActorMatch.Matches(f.Target, e.Target)
                                                     || ActorMatch.Matches(f.Source, e.Target) && ActorMatch.Matches(f.Target, e.Source));
    }

    [GeneratedRegex("^[0-2][0-9]{1,3}$")]
    private static partial Regex CodeShape();
}
