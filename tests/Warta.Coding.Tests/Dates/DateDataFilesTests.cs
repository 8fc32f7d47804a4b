using Warta.Coding.Dates;
using Warta.Core;
using Warta.Languages;

namespace Warta.Coding.Tests.Dates;

/// <summary>Loader tests: every dates/*.tsv of every language is well formed and says who wrote it.</summary>
public sealed class DateDataFilesTests
{
    public static IEnumerable<TheoryDataRow<string>> DateFiles() =>
        DataFiles.Languages.SelectMany(l => DataFiles.List($"lang/{l}/dates/")).Select(f => new TheoryDataRow<string>(f));

    public static IEnumerable<TheoryDataRow<string>> Languages() =>
        DataFiles.Languages.Where(l => DataFiles.List($"lang/{l}/dates/").Any()).Select(l => new TheoryDataRow<string>(l));

    [Theory]
    [MemberData(nameof(DateFiles))]
    public void File_loads_and_has_a_source_note(string file)
    {
        var table = DataFiles.ReadTable(file);
        Assert.NotEmpty(table.Columns);
        Assert.StartsWith("# Written by the Warta team", DataFiles.ReadAllText(file), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Language_has_every_date_file_and_its_recogniser_builds(string language)
    {
        foreach (var file in DateRecognizer.DataFileNames)
            Assert.True(DataFiles.Exists(DataFiles.LanguageFile(language, "dates/" + file)), $"{language} lacks dates/{file}");
        var recogniser = DateRecognizer.For(language);
        Assert.Empty(recogniser.Find("", new Span(0, 0), new DateOnly(2021, 10, 21)));
    }

    [Fact]
    public void Every_file_in_a_dates_folder_is_one_the_recogniser_reads() =>
        Assert.All(DateFiles().Select(r => (string)r.Data), f => Assert.Contains(f.Split('/')[^1], DateRecognizer.DataFileNames));

    [Fact]
    public void Indonesian_and_English_have_date_folders() =>
        Assert.Superset(new HashSet<string> { "id", "en" }, Languages().Select(r => (string)r.Data).ToHashSet());
}
