using Limber.Core.Calendar;

namespace Limber.Core.Tests.Calendar;

public class PersonalDaysTests
{
    private static readonly PersonalDays NewYork = new(TimeSpan.FromHours(-5));
    private static readonly PersonalDays Tokyo = new(TimeSpan.FromHours(9));
    private static readonly PersonalDays Auckland = new(TimeSpan.FromHours(13));

    [Fact]
    public void A_session_at_half_past_eleven_at_night_west_of_utc_lands_on_that_local_day_not_the_next_utc_day()
    {
        // 23:30 on Wednesday 18 November in New York is 04:30 UTC on Thursday.
        var utc = new DateTime(2026, 11, 19, 4, 30, 0, DateTimeKind.Utc);

        NewYork.DayOf(utc).ShouldBe(new DateOnly(2026, 11, 18));
        PersonalDays.Utc.DayOf(utc).ShouldBe(new DateOnly(2026, 11, 19));
    }

    [Fact]
    public void A_session_at_half_past_eleven_at_night_east_of_utc_lands_on_that_local_day_not_the_utc_day()
    {
        // 23:30 on Wednesday 18 November in Tokyo is 14:30 UTC the same day; just after local midnight is the next local day.
        Tokyo.DayOf(new DateTime(2026, 11, 18, 14, 30, 0, DateTimeKind.Utc)).ShouldBe(new DateOnly(2026, 11, 18));
        Tokyo.DayOf(new DateTime(2026, 11, 18, 15, 30, 0, DateTimeKind.Utc)).ShouldBe(new DateOnly(2026, 11, 19));
        PersonalDays.Utc.DayOf(new DateTime(2026, 11, 18, 15, 30, 0, DateTimeKind.Utc)).ShouldBe(new DateOnly(2026, 11, 18));
    }

    [Fact]
    public void The_start_of_a_local_day_is_local_midnight_as_a_utc_moment()
    {
        NewYork.StartUtc(new DateOnly(2026, 11, 18)).ShouldBe(new DateTime(2026, 11, 18, 5, 0, 0, DateTimeKind.Utc));
        Auckland.StartUtc(new DateOnly(2026, 11, 18)).ShouldBe(new DateTime(2026, 11, 17, 11, 0, 0, DateTimeKind.Utc));
        Auckland.StartUtc(new DateOnly(2026, 11, 18)).Kind.ShouldBe(DateTimeKind.Utc);
    }

    [Fact]
    public void A_day_and_its_start_agree_at_the_edges()
    {
        var day = new DateOnly(2026, 11, 18);
        foreach (var days in new[] { NewYork, Tokyo, Auckland, PersonalDays.Utc })
        {
            var start = days.StartUtc(day);
            days.DayOf(start).ShouldBe(day);
            days.DayOf(start.AddTicks(-1)).ShouldBe(day.AddDays(-1));
        }
    }

    [Theory]
    [InlineData("2026-11-16", "2026-11-16")]
    [InlineData("2026-11-18", "2026-11-16")]
    [InlineData("2026-11-22", "2026-11-16")]
    [InlineData("2026-11-23", "2026-11-23")]
    public void The_week_starts_on_monday(string day, string monday) =>
        PersonalDays.Monday(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void A_sunday_night_session_west_of_utc_counts_in_its_own_week_not_the_next()
    {
        // Sunday 22 November, 23:30 in New York is Monday 04:30 UTC.
        var day = NewYork.DayOf(new DateTime(2026, 11, 23, 4, 30, 0, DateTimeKind.Utc));

        PersonalDays.Monday(day).ShouldBe(new DateOnly(2026, 11, 16));
    }

    [Theory]
    [InlineData("""{"now":"2026-11-18T23:30:00-05:00","age":40}""", -300)]
    [InlineData("""{"now":"2026-11-18T09:00:00+05:30"}""", 330)]
    [InlineData("""{"now":"2026-11-18T09:00:00Z"}""", 0)]
    [InlineData("""{"age":40}""", 0)]
    [InlineData("""{"now":"yesterday"}""", 0)]
    [InlineData("not json", 0)]
    [InlineData("[]", 0)]
    [InlineData(null, 0)]
    public void The_offset_comes_from_the_check_in_now_and_is_utc_without_one(string? intake, int minutes) =>
        PersonalDays.FromIntake(intake).Offset.ShouldBe(TimeSpan.FromMinutes(minutes));
}
