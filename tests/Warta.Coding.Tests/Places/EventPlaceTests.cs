using Warta.Coding.Pipeline;
using Warta.Core;

namespace Warta.Coding.Tests.Places;

/// <summary>Where an event is placed when its own sentence names no place, in articles written by us.</summary>
public sealed class EventPlaceTests
{
    [Fact]
    public void An_act_of_the_same_pair_later_in_the_paragraph_takes_the_place_of_their_meeting()
    {
        var coded = WartaCoder.Default.Code(new Article("pair",
            "Menteri Luar Negeri Jepang bertemu Menteri Luar Negeri Australia di Tokyo, Senin (3/3/2025). Keduanya membahas kerja sama maritim.",
            new DateOnly(2025, 3, 4), Language: "id"));
        var later = coded.Events.Where(e => e.Trigger.Of(coded.Document.Text) == "membahas").ToList();
        Assert.NotEmpty(later);
        Assert.All(later, e => Assert.Equal("Tokyo", e.Place?.Name));
    }
}
