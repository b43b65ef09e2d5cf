using Limber.Core.Calendar;

namespace Limber.Core.Tests.Calendar;

public class DayRulesTests
{
    private static readonly DateOnly Wednesday = new(2026, 11, 18);

    [Theory]
    [InlineData("done", true)]
    [InlineData("easier", true)]
    [InlineData("skipped", false)]
    [InlineData("stopped", false)]
    public void A_block_counts_as_done_when_done_as_planned_or_as_its_easier_variant(string outcome, bool done) =>
        DayRules.BlockDone(outcome).ShouldBe(done);

    [Fact]
    public void Skipped_and_stopped_blocks_are_not_counted_among_the_done_ones() =>
        DayRules.BlocksDone(["done", "skipped", "easier", "stopped"]).ShouldBe(2);

    [Fact]
    public void Two_sessions_on_one_local_day_count_as_one_active_day_even_across_utc_midnight()
    {
        var newYork = new PersonalDays(TimeSpan.FromHours(-5));
        DateTime[] starts =
        [
            new(2026, 11, 18, 14, 0, 0, DateTimeKind.Utc), // 09:00 local
            new(2026, 11, 19, 4, 30, 0, DateTimeKind.Utc), // 23:30 local, same day
        ];

        DayRules.ActiveDays(starts, newYork).ShouldBe([Wednesday]);
        DayRules.ActiveDays(starts, PersonalDays.Utc).Count.ShouldBe(2);
    }

    [Fact]
    public void A_week_counts_only_its_own_seven_days()
    {
        var active = new HashSet<DateOnly> { new(2026, 11, 15), new(2026, 11, 16), new(2026, 11, 22), new(2026, 11, 23) };

        DayRules.DaysInWeek(active, new DateOnly(2026, 11, 16)).ShouldBe(2);
    }

    [Fact]
    public void Weeks_run_from_the_first_use_to_this_week_newest_first()
    {
        var weeks = DayRules.Weeks(Wednesday, Wednesday.AddDays(-15));

        weeks.ShouldBe([new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 2)]);
    }

    [Fact]
    public void Weeks_are_capped_at_the_week_limit_and_never_fewer_than_one()
    {
        DayRules.Weeks(Wednesday, Wednesday.AddDays(-400)).Count.ShouldBe(DayRules.WeekLimit);
        DayRules.Weeks(Wednesday, Wednesday).ShouldBe([new DateOnly(2026, 11, 16)]);
    }

    [Fact]
    public void The_psfs_is_due_at_the_start() => DayRules.PsfsDue(null, Wednesday).ShouldBeTrue();

    [Theory]
    [InlineData(0, false)]
    [InlineData(13, false)]
    [InlineData(14, true)]
    [InlineData(30, true)]
    public void The_psfs_is_due_again_once_two_weeks_have_passed(int daysSince, bool due) =>
        DayRules.PsfsDue(Wednesday.AddDays(-daysSince), Wednesday).ShouldBe(due);

    [Fact]
    public void The_next_psfs_is_two_weeks_after_the_last() =>
        DayRules.PsfsNextDue(Wednesday).ShouldBe(new DateOnly(2026, 12, 2));

    [Fact]
    public void The_history_window_is_thirty_sessions() => DayRules.HistoryWindow.ShouldBe(30);
}
