using Limber.Core.Calendar;
using Limber.Core.Outcomes;

namespace Limber.Core.Tests.Outcomes;

public class OutcomeTrendsTests
{
    private static readonly DateTime Start = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    private static MeasureProgress Progress(string measure, params double[] values) =>
        OutcomeTrends.Of(measure, values.Select((v, i) => new Reading(Start.AddDays(7 * i), v))).ShouldNotBeNull();

    [Fact]
    public void With_no_readings_there_is_nothing_to_report() => OutcomeTrends.Of("pain", []).ShouldBeNull();

    [Fact]
    public void Baseline_and_latest_are_the_first_and_last_by_time_whatever_the_order_given()
    {
        var progress = OutcomeTrends.Of("pain", [new Reading(Start.AddDays(14), 3), new Reading(Start, 6), new Reading(Start.AddDays(7), 5)]).ShouldNotBeNull();

        progress.Baseline.Value.ShouldBe(6);
        progress.Latest.Value.ShouldBe(3);
        progress.Count.ShouldBe(3);
        progress.Change.ShouldNotBeNull().Improvement.ShouldBe(3);
    }

    [Fact]
    public void One_reading_has_no_change_and_says_a_second_one_is_needed()
    {
        var progress = Progress("psfs", 4);

        progress.Change.ShouldBeNull();
        OutcomeTrends.Sentence(progress).ShouldBe("Activity score (PSFS): 4 out of 10 so far. Once you have a second score, this shows how it has changed.");
    }

    [Fact]
    public void A_pain_drop_of_two_points_is_a_real_improvement_in_plain_words() =>
        OutcomeTrends.Sentence(Progress("pain", 7, 5)).ShouldBe(
            "Pain: 7 out of 10 at the start, 5 out of 10 now, 2 points lower than at the start. A real improvement (it is at least 2 points).");

    [Fact]
    public void A_one_point_pain_drop_from_a_low_start_counts_by_its_thirty_percent() =>
        OutcomeTrends.Sentence(Progress("pain", 3, 2)).ShouldBe(
            "Pain: 3 out of 10 at the start, 2 out of 10 now, 1 point lower than at the start. A real improvement (it is at least 30% of where you started).");

    [Fact]
    public void A_small_pain_change_is_called_chance_with_the_threshold_it_missed() =>
        OutcomeTrends.Sentence(Progress("pain", 8, 7)).ShouldBe(
            "Pain: 8 out of 10 at the start, 7 out of 10 now, 1 point lower than at the start. A small change, within what can happen by chance (a change needs 2 points or 30% of where you started to count).");

    [Fact]
    public void A_rise_in_pain_that_meets_the_threshold_is_a_real_worsening() =>
        OutcomeTrends.Sentence(Progress("pain", 4, 7)).ShouldStartWith(
            "Pain: 4 out of 10 at the start, 7 out of 10 now, 3 points higher than at the start. A real worsening; worth talking over with a clinician");

    [Fact]
    public void An_unchanged_score_says_so() =>
        OutcomeTrends.Sentence(Progress("rmdq", 10, 10)).ShouldBe(
            "Roland-Morris disability score: 10 out of 24 at the start, 10 out of 24 now, the same as at the start. No change.");

    [Fact]
    public void Oswestry_change_is_in_percentage_points() =>
        OutcomeTrends.Sentence(Progress("odi", 40, 28)).ShouldBe(
            "Oswestry disability score: 40% at the start, 28% now, 12 percentage points lower than at the start. A real improvement (it is at least 10 percentage points and at least 30% of where you started).");

    [Fact]
    public void Psfs_counts_a_two_point_rise_on_the_mean_as_real_and_has_no_relative_threshold()
    {
        OutcomeTrends.Sentence(Progress("psfs", 3, 5)).ShouldBe(
            "Activity score (PSFS): 3 out of 10 at the start, 5 out of 10 now, 2 points higher than at the start. A real improvement (it is at least 2 points).");
        OutcomeTrends.Sentence(Progress("psfs", 3, 4.5)).ShouldEndWith("(a change needs 2 points to count).");
    }

    [Fact]
    public void Weekly_means_group_by_the_person_s_weeks_oldest_first()
    {
        var newYork = new PersonalDays(TimeSpan.FromHours(-5));
        Reading[] readings =
        [
            new(new DateTime(2026, 11, 17, 9, 0, 0, DateTimeKind.Utc), 6),
            new(new DateTime(2026, 11, 23, 4, 30, 0, DateTimeKind.Utc), 4), // Sunday 23:30 in New York
            new(new DateTime(2026, 11, 10, 9, 0, 0, DateTimeKind.Utc), 8),
        ];

        OutcomeTrends.Weekly(readings, newYork).ShouldBe(
        [
            new WeekValue(new DateOnly(2026, 11, 9), 8, 1),
            new WeekValue(new DateOnly(2026, 11, 16), 5, 2),
        ]);
    }

    [Fact]
    public void Weekly_means_keep_only_the_latest_weeks()
    {
        var readings = Enumerable.Range(0, 20).Select(i => new Reading(Start.AddDays(7 * i), i));

        var weeks = OutcomeTrends.Weekly(readings, PersonalDays.Utc);

        weeks.Count.ShouldBe(OutcomeTrends.ChartWeeks);
        weeks[^1].Mean.ShouldBe(19);
    }
}
