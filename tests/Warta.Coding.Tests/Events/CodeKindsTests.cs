using Warta.Coding.Events;
using Warta.Languages;

namespace Warta.Coding.Tests.Events;

/// <summary>data/cameo/code-kinds.tsv: the kinds of acts the grammar treats alike, by CAMEO code prefix.</summary>
public sealed class CodeKindsTests
{
    [Fact]
    public void Every_kind_the_grammar_asks_for_is_listed_once_with_codes_of_the_codebook()
    {
        var table = DataFiles.ReadTable("data/cameo/code-kinds.tsv");
        Assert.Equal(["kind", "codes", "note"], table.Columns);
        var codes = CameoCodebook.Default.Codes.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(CameoCodebook.CodeKinds.Order(StringComparer.Ordinal), table.Rows.Select(r => r.Required("kind")).Order(StringComparer.Ordinal));
        foreach (var row in table.Rows)
            foreach (var code in row.List("codes"))
                Assert.True(codes.Contains(code), $"code-kinds.tsv:{row.Line}: '{code}' is not a CAMEO code");
    }

    [Theory]
    [InlineData(CameoCodebook.CommentedAct, "111", true)]
    [InlineData(CameoCodebook.CommentedAct, "0311", false)]
    [InlineData(CameoCodebook.SaidSubject, "1312", true)]
    [InlineData(CameoCodebook.SaidSubject, "051", false)]
    [InlineData(CameoCodebook.DeniedAsMade, "112", true)]
    [InlineData(CameoCodebook.DeniedAsMade, "190", false)]
    [InlineData(CameoCodebook.AtTarget, "1831", true)]
    [InlineData(CameoCodebook.AtTarget, "173", false)]
    [InlineData("no-such-kind", "190", false)]
    public void A_code_is_of_a_kind_by_its_longest_listed_prefix(string kind, string code, bool expected) =>
        Assert.Equal(expected, CameoCodebook.Default.IsKind(kind, code));
}
