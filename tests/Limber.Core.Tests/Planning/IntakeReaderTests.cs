using Limber.Core.Catalog;
using Limber.Core.Planning;

namespace Limber.Core.Tests.Planning;

public class IntakeReaderTests
{
    private static readonly DateTimeOffset Clock = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private const string Minimal = """{"age": 40, "episodeStarted": "2026-11-20T08:00:00Z", "pain": 3, "stiffness": 6""";

    private const string AllFields =
        "now, age, episodeStarted, firstEpisode, cause, pain, stiffness, painSpread, redFlags, conditions, "
        + "pregnancyWeeks, mobility, equipment, minutes, thermalPreference, history, morningStiffnessMinutes, startBack";

    private const string AllRedFlags =
        "saddle-numbness, bladder-change, bowel-change, sexual-function-change, both-legs, leg-weakness-worsening, "
        + "major-trauma, abdominal-pain-faintness, fever, kidney-pain, infection-risk, cancer-history, "
        + "unexplained-weight-loss, night-pain, minor-trauma-bone-risk, no-improvement-6-weeks, inflammatory-pattern, "
        + "recent-spine-surgery";

    /// <summary>A minimal valid intake with <paramref name="fields"/> appended (a leading comma is added).</summary>
    private static string With(string fields) => $"{Minimal}, {fields}}}";

    private static IntakeRead Read(string json) => IntakeReader.Read(json, Clock);

    private static IReadOnlyList<string> Problems(string json)
    {
        var read = Read(json);
        read.Intake.ShouldBeNull();
        return [.. read.Problems.Select(p => p.ToString())];
    }

    private static void ShouldReport(string json, string line) => Problems(json).ShouldBe([line]);

    [Fact]
    public void Pain_above_ten_is_rejected_with_its_json_path() =>
        ShouldReport("""{"age": 40, "episodeStarted": "2026-11-20T08:00:00Z", "pain": 11, "stiffness": 6}""",
            "intake.pain: must be an integer from 0 to 10 (got 11)");

    [Fact]
    public void Stiffness_below_zero_is_rejected_with_its_json_path() =>
        ShouldReport("""{"age": 40, "episodeStarted": "2026-11-20T08:00:00Z", "pain": 1, "stiffness": -2}""",
            "intake.stiffness: must be an integer from 0 to 10 (got -2)");

    [Fact]
    public void Malformed_json_is_reported_with_line_and_position_and_nothing_else()
    {
        var problems = Problems("{\n  \"age\": 40,\n    x\n}");

        problems.ShouldBe(["intake: malformed JSON (line 3, position 5): 'x' is an invalid start of a property name. Expected a '\"'"]);
    }

    [Fact]
    public void Empty_input_is_malformed_json() =>
        Problems("").ShouldHaveSingleItem().ShouldStartWith("intake: malformed JSON (line 1, position 1): ");

    [Theory]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("\"intake\"")]
    public void A_document_that_is_not_an_object_is_rejected(string json) =>
        ShouldReport(json, "intake: must be a JSON object");

    [Fact]
    public void An_unknown_field_is_rejected_with_the_allowed_fields() =>
        ShouldReport(With("""
            "colour": "red"
            """), $"intake.colour: unknown field (allowed: {AllFields})");

    [Fact]
    public void Field_names_are_case_sensitive() =>
        ShouldReport(With("""
            "Minutes": 20
            """), $"intake.Minutes: unknown field (allowed: {AllFields})");

    [Fact]
    public void A_field_name_that_is_not_an_identifier_is_shown_in_brackets() =>
        ShouldReport(With("""
            "pain level": 2
            """), $"intake[\"pain level\"]: unknown field (allowed: {AllFields})");

    [Fact]
    public void A_field_given_twice_is_rejected_at_its_second_place() =>
        ShouldReport(With("""
            "pain": 4
            """), "intake.pain: given more than once");

    [Fact]
    public void A_missing_age_is_reported_with_what_is_required() =>
        ShouldReport("""{"episodeStarted": "2026-11-20T08:00:00Z", "pain": 3, "stiffness": 6}""",
            "intake.age: missing required field (an integer from 16 to 110)");

    [Fact]
    public void An_empty_object_reports_every_missing_required_field_in_schema_order() =>
        Problems("{}").ShouldBe(
        [
            "intake.age: missing required field (an integer from 16 to 110)",
            "intake.episodeStarted: missing required field (a date-time with a time zone, e.g. 2026-11-20T08:00:00Z)",
            "intake.pain: missing required field (an integer from 0 to 10)",
            "intake.stiffness: missing required field (an integer from 0 to 10)",
        ]);

    [Fact]
    public void An_age_under_sixteen_is_rejected_because_Limber_is_for_adults() =>
        ShouldReport("""{"age": 12, "episodeStarted": "2026-11-20T08:00:00Z", "pain": 3, "stiffness": 6}""",
            "intake.age: must be an integer from 16 to 110 (got 12); Limber is for adults");

    [Fact]
    public void An_age_over_one_hundred_and_ten_is_rejected_without_the_adults_note() =>
        ShouldReport("""{"age": 111, "episodeStarted": "2026-11-20T08:00:00Z", "pain": 3, "stiffness": 6}""",
            "intake.age: must be an integer from 16 to 110 (got 111)");

    [Theory]
    [InlineData("2.5")]
    [InlineData("\"3\"")]
    [InlineData("3.0")]
    [InlineData("3e0")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("99999999999")]
    public void Pain_that_is_not_a_json_integer_is_rejected_showing_the_raw_json(string raw) =>
        ShouldReport($$"""{"age": 40, "episodeStarted": "2026-11-20T08:00:00Z", "pain": {{raw}}, "stiffness": 6}""",
            $"intake.pain: must be an integer from 0 to 10 (got {raw})");

    [Fact]
    public void An_object_where_an_integer_belongs_is_named_not_dumped() =>
        ShouldReport(With("""
            "minutes": {"value": 20}
            """), "intake.minutes: must be an integer from 5 to 60 (got an object)");

    [Theory]
    [InlineData(4)]
    [InlineData(61)]
    public void Minutes_outside_five_to_sixty_are_rejected(int minutes) =>
        ShouldReport(With($"\"minutes\": {minutes}"), $"intake.minutes: must be an integer from 5 to 60 (got {minutes})");

    [Fact]
    public void An_unknown_red_flag_is_rejected_with_its_index() =>
        ShouldReport(With("""
            "redFlags": ["fever", "x"]
            """), $"intake.redFlags[1]: unknown red flag 'x' (allowed: {AllRedFlags})");

    [Fact]
    public void A_red_flag_that_is_not_a_string_is_rejected() =>
        ShouldReport(With("""
            "redFlags": [3]
            """), $"intake.redFlags[0]: must be one of {AllRedFlags} (got 3)");

    [Fact]
    public void Red_flags_that_are_not_an_array_are_rejected() =>
        ShouldReport(With("""
            "redFlags": "fever"
            """), "intake.redFlags: must be an array of red flag codes (got \"fever\")");

    [Fact]
    public void A_condition_listed_twice_is_rejected_at_its_second_place() =>
        ShouldReport(With("""
            "conditions": ["pregnancy", "osteoporosis", "pregnancy", "pregnancy"], "pregnancyWeeks": 20
            """), "intake.conditions[2]: 'pregnancy' is listed twice");

    [Fact]
    public void An_unknown_condition_is_rejected_with_the_allowed_conditions() =>
        ShouldReport(With("""
            "conditions": ["bad-knee"]
            """), $"intake.conditions[0]: unknown condition 'bad-knee' (allowed: {string.Join(", ", Vocabulary.Conditions)})");

    [Fact]
    public void Unknown_equipment_is_rejected_with_the_allowed_equipment() =>
        ShouldReport(With("""
            "equipment": ["mat", "yoga-block"]
            """), $"intake.equipment[1]: unknown equipment 'yoga-block' (allowed: {string.Join(", ", Vocabulary.Equipment)})");

    [Fact]
    public void An_unknown_cause_is_rejected_with_the_allowed_causes() =>
        ShouldReport(With("""
            "cause": "x"
            """), "intake.cause: unknown value 'x' (allowed: lifting, twisting, fall, workout, sitting, repetitive, sleep, unknown)");

    [Fact]
    public void An_unknown_pain_spread_is_rejected_with_the_allowed_values() =>
        ShouldReport(With("""
            "painSpread": "foot"
            """), "intake.painSpread: unknown value 'foot' (allowed: none, buttock, thigh, below-knee)");

    [Fact]
    public void An_unknown_thermal_preference_is_rejected_with_the_allowed_values() =>
        ShouldReport(With("""
            "thermalPreference": "warm"
            """), "intake.thermalPreference: unknown value 'warm' (allowed: heat, cold, none)");

    [Fact]
    public void A_code_that_is_not_a_string_is_rejected_with_the_allowed_values() =>
        ShouldReport(With("""
            "cause": 1
            """), "intake.cause: must be one of lifting, twisting, fall, workout, sitting, repetitive, sleep, unknown (got 1)");

    [Fact]
    public void An_episode_start_that_is_not_a_date_time_is_rejected() =>
        ShouldReport("""{"age": 40, "episodeStarted": "yesterday", "pain": 3, "stiffness": 6}""",
            "intake.episodeStarted: must be a date-time with a time zone, e.g. 2026-11-20T08:00:00Z (got 'yesterday')");

    [Theory]
    [InlineData("2026-11-20T08:00:00")]
    [InlineData("2026-11-20")]
    [InlineData("2026-11-20 08:00:00Z")]
    [InlineData("2026-11-20T08:00Z")]
    [InlineData("2026-11-20T08:00:00+0100")]
    [InlineData("2026-02-30T08:00:00Z")]
    [InlineData("2026-11-20T25:00:00Z")]
    public void A_date_time_that_is_not_rfc_3339_with_an_offset_is_rejected(string text) =>
        ShouldReport($$"""{"age": 40, "episodeStarted": "{{text}}", "pain": 3, "stiffness": 6}""",
            $"intake.episodeStarted: must be a date-time with a time zone, e.g. 2026-11-20T08:00:00Z (got '{text}')");

    [Fact]
    public void A_date_time_that_is_not_a_string_shows_the_raw_json() =>
        ShouldReport("""{"age": 40, "episodeStarted": 20261120, "pain": 3, "stiffness": 6}""",
            "intake.episodeStarted: must be a date-time with a time zone, e.g. 2026-11-20T08:00:00Z (got 20261120)");

    [Fact]
    public void An_episode_start_after_now_is_rejected() =>
        ShouldReport("""{"age": 40, "episodeStarted": "2026-11-23T08:00:00Z", "pain": 3, "stiffness": 6}""",
            "intake.episodeStarted: must not be after now (2026-11-22T09:00:00Z)");

    [Fact]
    public void An_episode_start_is_compared_with_the_given_now_even_when_now_comes_later() =>
        ShouldReport("""{"episodeStarted": "2026-11-20T08:00:00Z", "now": "2026-11-19T10:00:00+01:00", "age": 40, "pain": 3, "stiffness": 6}""",
            "intake.episodeStarted: must not be after now (2026-11-19T09:00:00Z)");

    [Fact]
    public void An_invalid_now_is_reported_once_and_not_used_to_judge_other_dates() =>
        ShouldReport(With("""
            "now": "soon"
            """), "intake.now: must be a date-time with a time zone, e.g. 2026-11-20T08:00:00Z (got 'soon')");

    [Fact]
    public void Pregnancy_weeks_without_pregnancy_are_rejected() =>
        ShouldReport(With("""
            "pregnancyWeeks": 20
            """), "intake.pregnancyWeeks: only allowed when conditions includes pregnancy");

    [Fact]
    public void Pregnancy_without_weeks_is_rejected() =>
        ShouldReport(With("""
            "conditions": ["pregnancy"]
            """), "intake.pregnancyWeeks: required when conditions includes pregnancy (an integer from 1 to 42)");

    [Fact]
    public void Pregnancy_weeks_outside_one_to_forty_two_are_rejected() =>
        ShouldReport(With("""
            "pregnancyWeeks": 43, "conditions": ["pregnancy"]
            """), "intake.pregnancyWeeks: must be an integer from 1 to 42 (got 43)");

    [Fact]
    public void An_unknown_mobility_field_is_rejected_with_the_allowed_fields() =>
        ShouldReport(With("""
            "mobility": {"kneel": false}
            """), "intake.mobility.kneel: unknown field (allowed: floor, kneeling)");

    [Fact]
    public void A_mobility_answer_that_is_not_a_boolean_is_rejected() =>
        ShouldReport(With("""
            "mobility": {"floor": "yes"}
            """), "intake.mobility.floor: must be true or false (got \"yes\")");

    [Fact]
    public void Mobility_that_is_not_an_object_is_rejected() =>
        ShouldReport(With("""
            "mobility": true
            """), "intake.mobility: must be an object with the fields floor and kneeling (got true)");

    [Theory]
    [InlineData("1")]
    [InlineData("\"true\"")]
    [InlineData("null")]
    public void First_episode_must_be_a_json_boolean(string raw) =>
        ShouldReport(With($"\"firstEpisode\": {raw}"), $"intake.firstEpisode: must be true or false (got {raw})");

    [Fact]
    public void A_history_score_out_of_range_is_rejected_with_its_index() =>
        ShouldReport(With("""
            "history": [{"date": "2026-11-21T08:00:00Z", "completed": true, "painAfter": -1}]
            """), "intake.history[0].painAfter: must be an integer from 0 to 10 (got -1)");

    [Fact]
    public void A_history_date_after_now_is_rejected() =>
        ShouldReport(With("""
            "history": [{"date": "2026-11-21T08:00:00Z", "completed": true}, {"date": "2026-11-23T08:00:00Z", "completed": false}]
            """), "intake.history[1].date: must not be after now (2026-11-22T09:00:00Z)");

    [Fact]
    public void A_history_item_without_date_and_completed_reports_both() =>
        Problems(With("""
            "history": [{"painBefore": 4}]
            """)).ShouldBe(
        [
            "intake.history[0].date: missing required field (a date-time with a time zone, e.g. 2026-11-20T08:00:00Z)",
            "intake.history[0].completed: missing required field (true or false)",
        ]);

    [Fact]
    public void History_codes_are_checked_against_their_lists() =>
        Problems(With("""
            "history": [{"date": "2026-11-21T08:00:00Z", "completed": true, "stage": "power", "difficulty": "hard", "stoppedFor": "bored"}]
            """)).ShouldBe(
        [
            "intake.history[0].stage: unknown value 'power' (allowed: mobility, stability, strength)",
            "intake.history[0].difficulty: unknown value 'hard' (allowed: too-easy, right, too-hard)",
            "intake.history[0].stoppedFor: unknown value 'bored' (allowed: pain, leg-symptoms, time, other)",
        ]);

    [Fact]
    public void An_unknown_history_field_is_rejected_with_the_allowed_fields() =>
        ShouldReport(With("""
            "history": [{"date": "2026-11-21T08:00:00Z", "completed": true, "mood": "ok"}]
            """), "intake.history[0].mood: unknown field (allowed: date, completed, stage, painBefore, painAfter, stiffnessBefore, stiffnessAfter, nextDayPain, difficulty, stoppedFor)");

    [Fact]
    public void A_history_item_that_is_not_an_object_is_rejected() =>
        ShouldReport(With("""
            "history": ["2026-11-21"]
            """), "intake.history[0]: must be an object with at least date and completed (got \"2026-11-21\")");

    [Fact]
    public void History_that_is_not_an_array_is_rejected() =>
        ShouldReport(With("""
            "history": {}
            """), "intake.history: must be an array of sessions (got an object)");

    [Fact]
    public void Several_problems_are_all_reported_in_document_order_with_missing_fields_last() =>
        Problems("""
            {
              "pain": 11,
              "colour": "red",
              "redFlags": ["fever", "x"],
              "mobility": {"floor": "yes", "kneel": true},
              "history": [{"date": "2026-11-21T08:00:00Z", "completed": true, "painAfter": -1}],
              "pregnancyWeeks": 12,
              "age": 12,
              "minutes": 2.5
            }
            """).ShouldBe(
        [
            "intake.pain: must be an integer from 0 to 10 (got 11)",
            $"intake.colour: unknown field (allowed: {AllFields})",
            $"intake.redFlags[1]: unknown red flag 'x' (allowed: {AllRedFlags})",
            "intake.mobility.floor: must be true or false (got \"yes\")",
            "intake.mobility.kneel: unknown field (allowed: floor, kneeling)",
            "intake.history[0].painAfter: must be an integer from 0 to 10 (got -1)",
            "intake.pregnancyWeeks: only allowed when conditions includes pregnancy",
            "intake.age: must be an integer from 16 to 110 (got 12); Limber is for adults",
            "intake.minutes: must be an integer from 5 to 60 (got 2.5)",
            "intake.episodeStarted: missing required field (a date-time with a time zone, e.g. 2026-11-20T08:00:00Z)",
            "intake.stiffness: missing required field (an integer from 0 to 10)",
        ]);

    [Fact]
    public void A_minimal_intake_gets_the_schema_defaults()
    {
        var read = Read(Minimal + "}");

        read.Problems.ShouldBeEmpty();
        read.Intake.ShouldBe(new Intake
        {
            Now = Clock,
            Age = 40,
            EpisodeStarted = new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero),
            Pain = 3,
            Stiffness = 6,
        });
        var intake = read.Intake!;
        intake.FirstEpisode.ShouldBeFalse();
        intake.Cause.ShouldBe("unknown");
        intake.PainSpread.ShouldBe("none");
        intake.RedFlags.ShouldBeEmpty();
        intake.Conditions.ShouldBeEmpty();
        intake.PregnancyWeeks.ShouldBeNull();
        intake.CanGetToFloor.ShouldBeTrue();
        intake.CanKneel.ShouldBeTrue();
        intake.Equipment.ShouldBeEmpty();
        intake.Minutes.ShouldBe(15);
        intake.ThermalPreference.ShouldBe("none");
        intake.History.ShouldBeEmpty();
    }

    [Fact]
    public void Now_defaults_to_the_callers_clock_in_utc()
    {
        var clock = new DateTimeOffset(2026, 11, 22, 11, 30, 0, TimeSpan.FromHours(2));

        var intake = IntakeReader.Read(Minimal + "}", clock).Intake!;

        intake.Now.ShouldBe(clock);
        intake.Now.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void A_given_now_replaces_the_clock_and_keeps_its_offset()
    {
        var intake = Read(With("""
            "now": "2026-11-21T10:00:00+01:00"
            """)).Intake!;

        intake.Now.ShouldBe(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));
        intake.Now.Offset.ShouldBe(TimeSpan.FromHours(1));
    }

    [Fact]
    public void A_full_intake_round_trips_every_field()
    {
        var read = Read("""
            {
              "now": "2026-11-22T10:00:00.5+01:00",
              "age": 34,
              "episodeStarted": "2026-11-20t07:30:00-05:00",
              "firstEpisode": true,
              "cause": "lifting",
              "pain": 4,
              "stiffness": 7,
              "painSpread": "thigh",
              "redFlags": ["night-pain", "fever"],
              "conditions": ["pregnancy", "knee-problem"],
              "pregnancyWeeks": 20,
              "mobility": {"floor": false, "kneeling": false},
              "equipment": ["mat", "chair", "heat-pack"],
              "minutes": 25,
              "thermalPreference": "heat",
              "history": [
                {"date": "2026-11-20T18:00:00Z", "completed": false, "stage": "mobility", "painBefore": 5, "painAfter": 6,
                 "stiffnessBefore": 8, "stiffnessAfter": 7, "nextDayPain": 5, "difficulty": "too-hard", "stoppedFor": "leg-symptoms"},
                {"date": "2026-11-21T18:00:00+02:00", "completed": true}
              ]
            }
            """);

        read.Problems.ShouldBeEmpty();
        var intake = read.Intake!;
        intake.Now.ShouldBe(new DateTimeOffset(2026, 11, 22, 9, 0, 0, 500, TimeSpan.Zero));
        intake.Age.ShouldBe(34);
        intake.EpisodeStarted.ShouldBe(new DateTimeOffset(2026, 11, 20, 12, 30, 0, TimeSpan.Zero));
        intake.EpisodeStarted.Offset.ShouldBe(TimeSpan.FromHours(-5));
        intake.FirstEpisode.ShouldBeTrue();
        intake.Cause.ShouldBe("lifting");
        intake.Pain.ShouldBe(4);
        intake.Stiffness.ShouldBe(7);
        intake.PainSpread.ShouldBe("thigh");
        intake.RedFlags.ShouldBe(["night-pain", "fever"]);
        intake.Conditions.ShouldBe(["pregnancy", "knee-problem"]);
        intake.Has("knee-problem").ShouldBeTrue();
        intake.Has("osteoporosis").ShouldBeFalse();
        intake.PregnancyWeeks.ShouldBe(20);
        intake.CanGetToFloor.ShouldBeFalse();
        intake.CanKneel.ShouldBeFalse();
        intake.Equipment.ShouldBe(["mat", "chair", "heat-pack"]);
        intake.Minutes.ShouldBe(25);
        intake.ThermalPreference.ShouldBe("heat");
        intake.History.ShouldBe(
        [
            new SessionRecord(new DateTimeOffset(2026, 11, 20, 18, 0, 0, TimeSpan.Zero), false, Stage.Mobility, 5, 6, 8, 7, 5, "too-hard", "leg-symptoms"),
            new SessionRecord(new DateTimeOffset(2026, 11, 21, 16, 0, 0, TimeSpan.Zero), true, null, null, null, null, null, null, null, null),
        ]);
        intake.History[1].Date.Offset.ShouldBe(TimeSpan.FromHours(2));
    }

    [Fact]
    public void Every_red_flag_and_condition_in_the_vocabulary_is_accepted()
    {
        var flags = string.Join(", ", Vocabulary.RedFlags.Select(f => $"\"{f}\""));
        var conditions = string.Join(", ", Vocabulary.Conditions.Select(c => $"\"{c}\""));

        var intake = Read(With($"\"redFlags\": [{flags}], \"conditions\": [{conditions}], \"pregnancyWeeks\": 8")).Intake!;

        intake.RedFlags.ShouldBe(Vocabulary.RedFlags);
        intake.Conditions.ShouldBe(Vocabulary.Conditions);
    }

    [Fact]
    public void Problems_are_records_with_a_path_and_a_code_that_callers_can_place_without_reading_the_message()
    {
        var read = Read("""{"age": 12, "episodeStarted": "2099-01-01T00:00:00Z", "pain": "x", "redFlags": ["headache", "fever", "fever"], "pregnancyWeeks": 3, "colour": 1}""");

        read.Intake.ShouldBeNull();
        read.Problems.Select(p => (p.Path, p.Code)).ShouldBe(
        [
            ("intake.age", IntakeProblemCodes.OutOfRange),
            ("intake.episodeStarted", IntakeProblemCodes.InFuture),
            ("intake.pain", IntakeProblemCodes.OutOfRange),
            ("intake.redFlags[0]", IntakeProblemCodes.UnknownCode),
            ("intake.redFlags[2]", IntakeProblemCodes.Repeated),
            ("intake.pregnancyWeeks", IntakeProblemCodes.NotAllowed),
            ("intake.colour", IntakeProblemCodes.UnknownField),
            ("intake.stiffness", IntakeProblemCodes.Missing),
        ]);
        read.Problems[0].ToString().ShouldBe("intake.age: must be an integer from 16 to 110 (got 12); Limber is for adults");
    }

    [Fact]
    public void Malformed_json_and_a_non_object_are_problems_of_the_whole_intake()
    {
        Read("{").Problems.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            p => p.Path.ShouldBe("intake"),
            p => p.Code.ShouldBe(IntakeProblemCodes.Malformed));
        Read("[]").Problems.ShouldHaveSingleItem().ShouldBe(new IntakeProblem("intake", IntakeProblemCodes.WrongType, "must be a JSON object"));
    }
}
