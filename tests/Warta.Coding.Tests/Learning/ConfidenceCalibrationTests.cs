using Warta.Coding.Learning;

namespace Warta.Coding.Tests.Learning;

public sealed class ConfidenceCalibrationTests
{
    [Fact]
    public void Fitted_steps_rise_with_the_raw_probability_and_report_the_held_out_share_right()
    {
        // Low raw probabilities: 1 right of 4; high ones: 4 right of 4. Add-one smoothing: 2/6 and 5/6.
        var outcomes = new[] { 0.1, 0.2, 0.3, 0.4 }.Select((p, i) => ("grammar", p, i == 0))
            .Concat(new[] { 0.7, 0.8, 0.9, 0.95 }.Select(p => ("grammar", p, true)));
        var calibration = ConfidenceCalibration.Fit(outcomes);
        Assert.Equal(0.333, calibration.Calibrate("grammar", 0.05), 3);
        Assert.Equal(0.333, calibration.Calibrate("grammar", 0.4), 3);
        Assert.Equal(0.833, calibration.Calibrate("grammar", 0.9), 3);
        Assert.Equal(0.833, calibration.Calibrate("grammar", 0.99), 3);
        // A kind never seen keeps its raw probability.
        Assert.Equal(0.42, calibration.Calibrate("learned", 0.42));
    }

    [Fact]
    public void Saved_steps_load_back_and_falling_steps_are_an_error()
    {
        var calibration = ConfidenceCalibration.Fit([("learned", 0.2, false), ("learned", 0.9, true)]);
        var writer = new StringWriter();
        calibration.Save(writer, "test");
        var loaded = ConfidenceCalibration.Load("calibration.tsv", writer.ToString());
        Assert.Equal(calibration.Calibrate("learned", 0.2), loaded.Calibrate("learned", 0.2));
        Assert.Equal(calibration.Calibrate("learned", 0.95), loaded.Calibrate("learned", 0.95));
        var ex = Assert.Throws<InvalidDataException>(() => ConfidenceCalibration.Load("c.tsv", "kind\tup_to\tconfidence\ngrammar\t0.5\t0.8\ngrammar\t0.9\t0.4\n"));
        Assert.Contains("must rise", ex.Message);
    }

    [Fact]
    public void The_kind_of_an_event_comes_from_its_rule()
    {
        Assert.Equal(ConfidenceCalibration.LearnedKind, ConfidenceCalibration.KindOf("learned:19", "learned:", "+learned-target"));
        Assert.Equal(ConfidenceCalibration.OpenTargetKind, ConfidenceCalibration.KindOf("talk-bahas+learned-target", "learned:", "+learned-target"));
        Assert.Equal(ConfidenceCalibration.GrammarKind, ConfidenceCalibration.KindOf("attack-serang", "learned:", "+learned-target"));
    }
}
