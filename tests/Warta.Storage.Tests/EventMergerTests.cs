using Warta.Core;

namespace Warta.Storage.Tests;

public class EventMergerTests
{
    private static List<StoredMention> Mentions() =>
        Stories.All.SelectMany(a => SqlEventStore.ToMentions(a, new FakeCoder(Stories.Events()).Code(a), SqlEventStore.OutletOf(a))).ToList();

    private static IEnumerable<IList<T>> Permutations<T>(IList<T> items)
    {
        if (items.Count <= 1) { yield return items; yield break; }
        for (var i = 0; i < items.Count; i++)
        {
            var rest = items.Where((_, j) => j != i).ToList();
            foreach (var p in Permutations(rest)) yield return [items[i], .. p];
        }
    }

    [Fact]
    public void Every_order_of_the_reports_gives_the_same_events()
    {
        var expected = EventMerger.Merge(Mentions()).Select(x => x.Event).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var count = 0;
        foreach (var order in Permutations(Mentions()))
        {
            var got = EventMerger.Merge(order).Select(x => x.Event).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
            Assert.Equal(expected, got);
            count++;
        }
        Assert.Equal(5040, count);
    }

    [Fact]
    public void Reports_of_other_days_other_roots_and_other_cities_stay_apart()
    {
        var events = EventMerger.Merge(Mentions()).Select(x => x.Event).ToList();
        Assert.Equal(4, events.Count);
        Assert.Contains(events, e => e.PlaceCanonical == "Beijing" && e.NumMentions == 1);
        Assert.Contains(events, e => e.PlaceCanonical == "Saint Petersburg" && e.NumMentions == 1);
        Assert.Contains(events, e => e.CameoRoot == "11" && e.NumMentions == 1);
    }

    [Fact]
    public void Symmetric_events_merge_in_either_direction_directed_ones_do_not()
    {
        var a = Mentions().First(m => m.ArticleId == Stories.Antara.Id);
        var reversed = a with { ArticleId = "z", SourceCode = a.TargetCode!, TargetCode = a.SourceCode, SourceName = a.TargetName!, TargetName = a.SourceName };
        Assert.Single(EventMerger.Merge([a, reversed]));
        Assert.Equal(2, EventMerger.Merge([a with { Symmetric = false }, reversed with { Symmetric = false }]).Count);
    }

    [Fact]
    public void A_one_way_report_and_a_mutual_report_of_one_act_merge_whichever_way_the_one_way_report_is_coded()
    {
        var mutual = Mentions().First(m => m.ArticleId == Stories.Antara.Id);
        var oneWay = mutual with { ArticleId = "y", Symmetric = false };
        var reversed = oneWay with { ArticleId = "z", SourceCode = mutual.TargetCode!, TargetCode = mutual.SourceCode, SourceName = mutual.TargetName!,
            TargetName = mutual.SourceName };
        Assert.Equal(EventMerger.Scope(oneWay), EventMerger.Scope(reversed));
        Assert.Single(EventMerger.Merge([mutual, reversed]));
        var (ev, members) = Assert.Single(EventMerger.Merge([mutual, oneWay]));
        Assert.Equal(2, members.Count);
        // The merged event names its actors as the anchor does, whatever the direction of the other report.
        var merged = Assert.Single(EventMerger.Merge([mutual, reversed])).Event;
        Assert.Equal((mutual.SourceCode, mutual.TargetCode), (merged.SourceCode, merged.TargetCode));
    }

    [Theory]
    [InlineData(DatePrecision.Day, "2021-10-21", true)]
    [InlineData(DatePrecision.Day, "2021-10-22", false)]
    [InlineData(DatePrecision.Month, "2021-10-05", true)]
    [InlineData(DatePrecision.Month, "2021-11-05", false)]
    [InlineData(DatePrecision.Year, "2021-03-01", true)]
    [InlineData(DatePrecision.Publication, "2021-10-22", true)]
    [InlineData(DatePrecision.Publication, "2021-10-23", false)]
    [InlineData(DatePrecision.Unknown, "2021-10-21", false)]
    public void Dates_are_compatible_within_the_precision_of_the_less_precise(DatePrecision precision, string date, bool merges)
    {
        var a = Mentions().First(m => m.ArticleId == Stories.Antara.Id);
        var other = a with { ArticleId = "z", Date = DateOnly.Parse(date), Precision = precision };
        Assert.Equal(merges ? 1 : 2, EventMerger.Merge([a, other]).Count);
    }

    [Fact]
    public void The_event_id_is_derived_from_the_canonical_key()
    {
        var (ev, _) = EventMerger.Merge(Mentions()).Single(x => x.Event.NumMentions == 4);
        Assert.Equal("CHN|RUS|04|2021-10-21..2021-10-21|Moscow/RUS", ev.MergeKey);
        Assert.Equal(EventMerger.EventId(ev.MergeKey), ev.Id);
    }

    [Fact]
    public void Month_or_year_reports_published_far_apart_stay_apart()
    {
        var a = Mentions().First(m => m.ArticleId == Stories.Antara.Id);
        var month = a with { ArticleId = "z", Date = new DateOnly(2021, 10, 1), Precision = DatePrecision.Month };
        Assert.Single(EventMerger.Merge([a, month with { PublicationDate = new DateOnly(2021, 11, 15) }]));
        Assert.Equal(2, EventMerger.Merge([a, month with { PublicationDate = new DateOnly(2022, 3, 1) }]).Count);
    }

    [Fact]
    public void Within_one_country_the_first_role_must_match_too()
    {
        var a = Mentions().First(m => m.ArticleId == Stories.Tempo.Id) with { SourceCode = "IDNLEG", TargetCode = "IDNJUD" };
        var sameRoles = a with { ArticleId = "z", SourceCode = "IDNLEGDPR" };
        var otherRole = a with { ArticleId = "y", SourceCode = "IDNCVL" };
        var events = EventMerger.Merge([a, sameRoles, otherRole]);
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(("IDN", "IDN"), (e.Event.SourceRoot, e.Event.TargetRoot)));
        Assert.Contains(events, e => e.Event.MergeKey.StartsWith("IDNLEG|IDNJUD|11|"));
    }
}
