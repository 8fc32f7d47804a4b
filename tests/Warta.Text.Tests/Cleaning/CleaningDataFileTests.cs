using Warta.Languages;
using Warta.Text.Cleaning;

namespace Warta.Text.Tests.Cleaning;

/// <summary>Every language folder's cleaning data loads and validates.</summary>
public class CleaningDataFileTests
{
    public static TheoryData<string> Languages() => new(DataFiles.Languages);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Boilerplate_loads_and_its_regexes_compile(string language)
    {
        var rules = BoilerplateRules.Load(DataFiles.LanguageFile(language, "boilerplate.tsv"));
        Assert.NotEmpty(rules.Markers);
        Assert.All(rules.Markers, m => Assert.False(string.IsNullOrWhiteSpace(m.Reason)));
        Assert.Contains(rules.Markers, m => m.Reason == "related-link" && m.FollowedByHeadlines);
        Assert.Contains(rules.Markers, m => m.Kind == MarkerKind.TailRegex);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Outlets_load_without_duplicates(string language)
    {
        var outlets = DataFiles.ReadList(DataFiles.LanguageFile(language, "outlets.txt"));
        Assert.NotEmpty(outlets);
        Assert.Equal(outlets.Count, outlets.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(outlets.Where(o => o.StartsWith('*')), o => Assert.StartsWith("*.", o));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Stopwords_are_lower_case_single_words_without_duplicates(string language)
    {
        var words = DataFiles.ReadList(DataFiles.LanguageFile(language, "stopwords.txt"));
        Assert.InRange(words.Count, 100, 300);
        Assert.All(words, w => Assert.Matches("^[a-z]+$", w));
        Assert.Equal(words.Count, words.Distinct().Count());
    }

    [Fact]
    public void Bad_rows_name_the_file_and_line()
    {
        static DataFileException Fails(string body) => Assert.Throws<DataFileException>(
            () => BoilerplateRules.Parse(TsvTable.Parse("x.tsv", "kind\tpattern\treason\tthen\n" + body)));

        Assert.Contains("x.tsv:2: unknown kind 'suffix'", Fails("suffix\tBaca\trelated-link\n").Message);
        Assert.Contains("x.tsv:2: bad regex", Fails("line-regex\t(unclosed\tlink\n").Message);
        Assert.Contains("x.tsv:2: regex '(?<=a)b' needs backtracking", Fails("tail-regex\t(?<=a)b\teditor-initials\n").Message);
        Assert.Contains("x.tsv:3: duplicate Line pattern", Fails("line\tIklan\tad\nline\tIKLAN\tad\n").Message);
        Assert.Contains("x.tsv:2: column 'reason' is empty", Fails("line\tIklan\t\n").Message);
        Assert.Contains("x.tsv:2: unknown 'then' value", Fails("line\tIklan\tad\tall\n").Message);
        Assert.Contains("x.tsv:2: 'then' applies to line and prefix", Fails("inline\tIklan\tad\theadlines\n").Message);
    }
}
