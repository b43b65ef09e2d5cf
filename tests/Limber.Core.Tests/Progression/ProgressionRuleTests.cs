using Limber.Core.Catalog;
using Limber.Core.Planning;
using Limber.Core.Progression;

namespace Limber.Core.Tests.Progression;

/// <summary>Mobility, then stability, then strength: up after three good sessions, back one stage after a bad one.</summary>
public class ProgressionRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Sessions one day apart, the last one yesterday.</summary>
    private static List<SessionRecord> Days(params Func<DateTimeOffset, SessionRecord>[] sessions) =>
        sessions.Select((make, i) => make(Now.AddDays(i - sessions.Length))).ToList();

    private static Func<DateTimeOffset, SessionRecord>[] Repeat(int count, Func<DateTimeOffset, SessionRecord> session) =>
        Enumerable.Repeat(session, count).ToArray();

    /// <summary>Completed, pain 3 before, 2 after, 2 the next day, rated right.</summary>
    private static SessionRecord Good(DateTimeOffset date) => new(date, true, null, 3, 2, 5, 4, 2, "right", null);

    private static SessionRecord StoppedForPain(DateTimeOffset date) => new(date, false, null, 3, 5, 5, 5, null, null, "pain");

    private static SessionRecord StoppedForLegSymptoms(DateTimeOffset date) => new(date, false, null, 3, 3, 5, 5, null, null, "leg-symptoms");

    private static SessionRecord PainRoseBy2(DateTimeOffset date) => new(date, true, null, 2, 4, 5, 5, 2, "right", null);

    private static SessionRecord NextDayRoseBy2(DateTimeOffset date) => new(date, true, null, 2, 2, 5, 4, 4, "right", null);

    private static SessionRecord TooHard(DateTimeOffset date) => new(date, true, null, 3, 3, 5, 4, 3, "too-hard", null);

    private static SessionRecord PainRoseBy1(DateTimeOffset date) => new(date, true, null, 2, 3, 5, 5, 3, "right", null);

    private static SessionRecord NextDayRoseBy1(DateTimeOffset date) => new(date, true, null, 2, 2, 5, 4, 3, "right", null);

    private static SessionRecord StoppedForTime(DateTimeOffset date) => new(date, false, null, 3, 2, 5, 4, 2, "right", "time");

    private static SessionRecord NotFinished(DateTimeOffset date) => new(date, false, null, 3, 3, 5, 5, null, null, null);

    private static Func<DateTimeOffset, SessionRecord> Bad(string kind) => kind switch
    {
        "stopped-for-pain" => StoppedForPain,
        "stopped-for-leg-symptoms" => StoppedForLegSymptoms,
        "pain-rose-by-2" => PainRoseBy2,
        "next-day-pain-rose-by-2" => NextDayRoseBy2,
        "too-hard" => TooHard,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    [Fact]
    public void Without_history_the_plan_starts_at_mobility()
    {
        var decision = ProgressionRule.Decide([], painToday: 2);

        decision.Stage.ShouldBe(Stage.Mobility);
        decision.Reason.ShouldContain("mobility");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(3)]
    public void Three_good_sessions_in_a_row_with_mild_pain_today_step_up_to_stability(int painToday)
    {
        var decision = ProgressionRule.Decide(Days(Repeat(3, Good)), painToday);

        decision.Stage.ShouldBe(Stage.Stability);
    }

    [Fact]
    public void Two_good_sessions_are_not_yet_enough_to_step_up()
    {
        var decision = ProgressionRule.Decide(Days(Repeat(2, Good)), painToday: 1);

        decision.Stage.ShouldBe(Stage.Mobility);
    }

    [Fact]
    public void Six_good_sessions_in_a_row_step_up_to_strength()
    {
        var decision = ProgressionRule.Decide(Days(Repeat(6, Good)), painToday: 2);

        decision.Stage.ShouldBe(Stage.Strength);
    }

    [Fact]
    public void Five_good_sessions_stay_at_stability()
    {
        var decision = ProgressionRule.Decide(Days(Repeat(5, Good)), painToday: 2);

        decision.Stage.ShouldBe(Stage.Stability);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(12)]
    [InlineData(30)]
    public void The_stage_never_goes_above_strength(int sessions)
    {
        var decision = ProgressionRule.Decide(Days(Repeat(sessions, Good)), painToday: 0);

        decision.Stage.ShouldBe(Stage.Strength);
        decision.Reason.ShouldContain("strength");
    }

    [Theory]
    [InlineData(4)]
    [InlineData(7)]
    public void Good_sessions_do_not_step_up_while_pain_today_is_above_3_and_the_reason_says_so(int painToday)
    {
        var decision = ProgressionRule.Decide(Days(Repeat(3, Good)), painToday);

        decision.Stage.ShouldBe(Stage.Mobility);
        decision.Reason.ShouldContain($"pain is {painToday}");
    }

    [Fact]
    public void Pain_4_today_holds_the_stage_already_reached_rather_than_undoing_it()
    {
        // Sessions 1-3 at mobility, 4-6 at stability, 7-9 at strength, all good; today's pain is 4.
        var history = Days(Repeat(9, Good))
            .Select((s, i) => s with { Stage = (Stage)(i / 3) })
            .ToList();

        var decision = ProgressionRule.Decide(history, painToday: 4);

        decision.Stage.ShouldBe(Stage.Strength);
    }

    [Theory]
    [InlineData("stopped-for-pain")]
    [InlineData("stopped-for-leg-symptoms")]
    [InlineData("pain-rose-by-2")]
    [InlineData("next-day-pain-rose-by-2")]
    [InlineData("too-hard")]
    public void A_bad_session_at_stability_steps_back_to_mobility(string kind)
    {
        var history = Days([.. Repeat(3, Good), Bad(kind)]);

        var decision = ProgressionRule.Decide(history, painToday: 2);

        decision.Stage.ShouldBe(Stage.Mobility);
        decision.Reason.ShouldContain("stepped back");
    }

    [Theory]
    [InlineData("stopped-for-pain")]
    [InlineData("stopped-for-leg-symptoms")]
    [InlineData("pain-rose-by-2")]
    [InlineData("next-day-pain-rose-by-2")]
    [InlineData("too-hard")]
    public void A_bad_session_at_strength_steps_back_only_one_stage(string kind)
    {
        var history = Days([.. Repeat(6, Good), Bad(kind)]);

        var decision = ProgressionRule.Decide(history, painToday: 2);

        decision.Stage.ShouldBe(Stage.Stability);
    }

    [Theory]
    [InlineData("stopped-for-pain")]
    [InlineData("too-hard")]
    public void A_bad_session_at_mobility_stays_at_mobility(string kind)
    {
        var decision = ProgressionRule.Decide(Days(Good, Bad(kind)), painToday: 2);

        decision.Stage.ShouldBe(Stage.Mobility);
    }

    [Theory]
    [InlineData("stopped-for-pain")]
    [InlineData("pain-rose-by-2")]
    [InlineData("too-hard")]
    public void After_a_step_back_three_new_good_sessions_are_needed(string kind)
    {
        ProgressionRule.Decide(Days([.. Repeat(3, Good), Bad(kind), Good, Good]), painToday: 2).Stage.ShouldBe(Stage.Mobility);
        ProgressionRule.Decide(Days([.. Repeat(3, Good), Bad(kind), .. Repeat(3, Good)]), painToday: 2).Stage.ShouldBe(Stage.Stability);
    }

    [Fact]
    public void A_pain_rise_of_1_does_not_step_back()
    {
        var decision = ProgressionRule.Decide(Days(Good, Good, Good, PainRoseBy1), painToday: 2);

        decision.Stage.ShouldBe(Stage.Stability);
    }

    [Fact]
    public void A_next_day_pain_rise_of_1_does_not_step_back()
    {
        var decision = ProgressionRule.Decide(Days(Good, Good, Good, NextDayRoseBy1), painToday: 2);

        decision.Stage.ShouldBe(Stage.Stability);
    }

    [Fact]
    public void A_pain_rise_of_1_breaks_the_streak()
    {
        ProgressionRule.Decide(Days(Good, Good, PainRoseBy1, Good), painToday: 2).Stage.ShouldBe(Stage.Mobility);
        ProgressionRule.Decide(Days(Good, Good, PainRoseBy1, Good, Good), painToday: 2).Stage.ShouldBe(Stage.Mobility);
        ProgressionRule.Decide(Days(Good, Good, PainRoseBy1, Good, Good, Good), painToday: 2).Stage.ShouldBe(Stage.Stability);
    }

    [Fact]
    public void A_next_day_pain_rise_of_1_breaks_the_streak()
    {
        var decision = ProgressionRule.Decide(Days(Good, Good, NextDayRoseBy1, Good), painToday: 2);

        decision.Stage.ShouldBe(Stage.Mobility);
    }

    [Theory]
    [InlineData("time")]
    [InlineData("unfinished")]
    public void An_incomplete_session_breaks_the_streak(string kind)
    {
        Func<DateTimeOffset, SessionRecord> incomplete = kind == "time" ? StoppedForTime : NotFinished;

        var decision = ProgressionRule.Decide(Days(Good, Good, incomplete, Good), painToday: 2);

        decision.Stage.ShouldBe(Stage.Mobility);
    }

    [Fact]
    public void An_incomplete_session_without_a_bad_sign_does_not_step_back()
    {
        var decision = ProgressionRule.Decide(Days(Good, Good, Good, StoppedForTime), painToday: 2);

        decision.Stage.ShouldBe(Stage.Stability);
    }

    [Fact]
    public void History_given_out_of_order_is_sorted_by_date()
    {
        // By date: a session stopped for pain first (at mobility, so no step back), then three good ones.
        // Taken in the given order, the bad session would come last and undo the step up.
        var ordered = Days(StoppedForPain, Good, Good, Good);
        SessionRecord[] shuffled = [ordered[2], ordered[1], ordered[3], ordered[0]];

        var decision = ProgressionRule.Decide(shuffled, painToday: 2);

        decision.Stage.ShouldBe(Stage.Stability);
        decision.ShouldBe(ProgressionRule.Decide(ordered, painToday: 2));
    }

    [Theory]
    [InlineData(0, 2, "mobility")]
    [InlineData(2, 2, "mobility")]
    [InlineData(3, 2, "stability")]
    [InlineData(3, 5, "mobility")]
    [InlineData(6, 2, "strength")]
    [InlineData(10, 1, "strength")]
    public void The_reason_names_the_stage(int goodSessions, int painToday, string stage)
    {
        var decision = ProgressionRule.Decide(Days(Repeat(goodSessions, Good)), painToday);

        Code.Of(decision.Stage).ShouldBe(stage);
        decision.Reason.ShouldStartWith($"Today's stage is {stage}");
    }

    [Fact]
    public void The_reason_after_a_step_back_names_the_stage_and_the_date()
    {
        var history = Days(Good, Good, Good, TooHard);

        var decision = ProgressionRule.Decide(history, painToday: 2);

        decision.Reason.ShouldContain("stepped back to mobility");
        decision.Reason.ShouldContain(history[^1].Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        decision.Reason.ShouldContain("too hard");
    }

    [Fact]
    public void The_rule_text_states_the_thresholds()
    {
        ProgressionRule.RuleText.ShouldContain($"{ProgressionRule.SessionsToStepUp} completed sessions in a row");
        ProgressionRule.RuleText.ShouldContain($"{ProgressionRule.MaxPainToStepUp} or less");
        ProgressionRule.RuleText.ShouldContain($"{ProgressionRule.MinimalImportantChange} points or more");
    }
}
