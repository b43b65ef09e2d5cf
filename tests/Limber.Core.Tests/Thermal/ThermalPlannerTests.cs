using System.Text.Json;
using Limber.Core.Catalog;
using Limber.Core.Planning;
using Limber.Core.Thermal;

namespace Limber.Core.Tests.Thermal;

/// <summary>Cold first after a new strain, heat otherwise, never against a condition, only with what the person has.</summary>
public class ThermalPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Embedded;

    private static readonly ThermalPlanner Planner = new(Knowledge);

    private static readonly ThermalProtocol ColdPack = Knowledge.Find("cold-pack")!.Thermal!;

    private static readonly string[] AllThermalEquipment = ["cold-pack", "heat-pack", "bath", "sauna"];

    private static Intake Intake(string cause = "lifting", double hoursAgo = 6, string[]? equipment = null, string[]? conditions = null, string preference = "none") => new()
    {
        Now = Now,
        Age = 40,
        EpisodeStarted = Now.AddHours(-hoursAgo),
        Cause = cause,
        Pain = 4,
        Stiffness = 6,
        Equipment = equipment ?? AllThermalEquipment,
        Conditions = conditions ?? [],
        PregnancyWeeks = conditions?.Contains("pregnancy") == true ? 20 : null,
        ThermalPreference = preference,
    };

    /// <summary>A spread of check-ins across causes, episode ages, preferences, conditions and equipment.</summary>
    public static TheoryData<string, double, string, string, string> Scenarios
    {
        get
        {
            var data = new TheoryData<string, double, string, string, string>();
            string[] causes = ["lifting", "fall", "sitting", "unknown"];
            double[] hours = [1, 30, 47.9, 48, 200];
            string[] preferences = ["none", "heat", "cold"];
            string[] conditions = ["", "cold-sensitivity", "pregnancy", "heart-condition", "impaired-sensation"];
            string[] equipment = ["cold-pack,heat-pack,bath,sauna", "cold-pack", "heat-pack", "bath,sauna", "mat"];
            var i = 0;
            foreach (var cause in causes)
            {
                foreach (var hour in hours)
                {
                    foreach (var preference in preferences)
                    {
                        // Walk conditions and equipment in step so every pairing shows up without a full product.
                        data.Add(cause, hour, preference, conditions[i % conditions.Length], equipment[i / conditions.Length % equipment.Length]);
                        i++;
                    }
                }
            }

            return data;
        }
    }

    private static Intake Scenario(string cause, double hoursAgo, string preference, string conditions, string equipment) =>
        Intake(cause, hoursAgo, Split(equipment), Split(conditions), preference);

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries);

    [Theory]
    [InlineData("lifting")]
    [InlineData("twisting")]
    [InlineData("fall")]
    [InlineData("workout")]
    public void A_new_strain_within_48_hours_gets_cold_packs_of_the_records_length(string cause)
    {
        var intake = Intake(cause, hoursAgo: 6);

        var plan = Planner.Plan(intake);

        plan.Steps.ShouldNotBeEmpty();
        plan.Steps.ShouldAllBe(s => s.Kind == ThermalMode.Cold && s.TherapyId == "cold-pack");
        foreach (var step in plan.Steps)
        {
            step.Minutes.ShouldBe(ColdPack.Minutes);
            (step.Until - step.From).ShouldBe(TimeSpan.FromMinutes(ColdPack.Minutes));
            step.MinHoursBetween.ShouldBe(ColdPack.MinHoursBetween);
            step.Why.ShouldNotBeNullOrWhiteSpace();
            step.Sources.ShouldNotBeEmpty();
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(30)]
    [InlineData(44)]
    [InlineData(47.5)]
    public void Cold_packs_are_at_least_the_minimum_gap_apart(double hoursAgo)
    {
        var plan = Planner.Plan(Intake("lifting", hoursAgo));

        plan.Steps.ShouldNotBeEmpty();
        foreach (var (earlier, later) in plan.Steps.Zip(plan.Steps.Skip(1)))
        {
            (later.From - earlier.Until).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromHours(ColdPack.MinHoursBetween));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(30)]
    [InlineData(40)]
    [InlineData(46)]
    [InlineData(47.5)]
    public void No_cold_pack_ends_after_48_hours_from_the_start_of_the_episode(double hoursAgo)
    {
        var intake = Intake("twisting", hoursAgo);

        var plan = Planner.Plan(intake);

        plan.Steps.ShouldAllBe(s => s.Kind == ThermalMode.Cold);
        plan.Steps.ShouldAllBe(s => s.Until <= intake.EpisodeStarted.AddHours(48));
    }

    [Fact]
    public void Cold_packs_stop_where_the_48_hour_window_closes()
    {
        var intake = Intake("lifting", hoursAgo: 44);

        var plan = Planner.Plan(intake);

        // 4 hours left: 09:00-09:15 and 11:15-11:30 fit; 13:30-13:45 would end after the window.
        plan.Steps.Count.ShouldBe(2);
        plan.Steps[^1].Until.ShouldBeLessThanOrEqualTo(intake.EpisodeStarted.AddHours(48));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Nothing_is_scheduled_beyond_12_hours_from_now(string cause, double hoursAgo, string preference, string conditions, string equipment)
    {
        var intake = Scenario(cause, hoursAgo, preference, conditions, equipment);

        var plan = Planner.Plan(intake);

        plan.Steps.ShouldAllBe(s => s.From >= intake.Now && s.Until <= intake.Now.AddHours(12));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Every_application_keeps_its_records_length_and_gap(string cause, double hoursAgo, string preference, string conditions, string equipment)
    {
        var plan = Planner.Plan(Scenario(cause, hoursAgo, preference, conditions, equipment));

        foreach (var step in plan.Steps)
        {
            var protocol = Knowledge.Find(step.TherapyId)!.Thermal.ShouldNotBeNull();
            step.Kind.ShouldBe(protocol.Mode);
            step.Minutes.ShouldBe(protocol.Minutes);
            (step.Until - step.From).ShouldBe(TimeSpan.FromMinutes(protocol.Minutes));
        }

        plan.Steps.Select(s => s.TherapyId).Distinct().Count().ShouldBeLessThanOrEqualTo(1, "one therapy a day");
        foreach (var (earlier, later) in plan.Steps.Zip(plan.Steps.Skip(1)))
        {
            (later.From - earlier.Until).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromHours(earlier.MinHoursBetween));
        }
    }

    [Theory]
    [InlineData(48)]
    [InlineData(49)]
    [InlineData(72)]
    [InlineData(24 * 30)]
    public void After_48_hours_a_strain_gets_heat(double hoursAgo)
    {
        var plan = Planner.Plan(Intake("lifting", hoursAgo));

        plan.Steps.ShouldNotBeEmpty();
        plan.Steps.ShouldAllBe(s => s.Kind == ThermalMode.Heat);
    }

    [Theory]
    [InlineData("sitting")]
    [InlineData("repetitive")]
    [InlineData("sleep")]
    [InlineData("unknown")]
    public void Without_a_strain_cause_even_a_new_episode_gets_heat(string cause)
    {
        var plan = Planner.Plan(Intake(cause, hoursAgo: 2));

        plan.Steps.ShouldNotBeEmpty();
        plan.Steps.ShouldAllBe(s => s.Kind == ThermalMode.Heat);
    }

    [Fact]
    public void A_heat_pack_is_preferred_and_spread_over_the_day()
    {
        var plan = Planner.Plan(Intake("sitting"));

        plan.Steps.ShouldNotBeEmpty();
        plan.Steps.ShouldAllBe(s => s.TherapyId == "heat-pack");
        plan.Steps[0].From.ShouldBe(Now);
    }

    [Theory]
    [InlineData("sitting", 2)]
    [InlineData("unknown", 500)]
    [InlineData("lifting", 72)]
    public void A_preference_for_cold_outside_the_strain_window_gets_cold(string cause, double hoursAgo)
    {
        var plan = Planner.Plan(Intake(cause, hoursAgo, preference: "cold"));

        plan.Steps.ShouldNotBeEmpty();
        plan.Steps.ShouldAllBe(s => s.Kind == ThermalMode.Cold && s.TherapyId == "cold-pack" && s.Minutes == ColdPack.Minutes);
    }

    [Fact]
    public void A_preference_for_heat_during_the_strain_window_still_gets_cold_and_says_why()
    {
        var plan = Planner.Plan(Intake("workout", hoursAgo: 10, preference: "heat"));

        plan.Steps.ShouldNotBeEmpty();
        plan.Steps.ShouldAllBe(s => s.Kind == ThermalMode.Cold);
        var advice = plan.Advice.Single(a => a.Code == "cold-before-heat");
        advice.Text.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("lifting", 6, "none")]
    [InlineData("lifting", 6, "heat")]
    [InlineData("sitting", 6, "cold")]
    [InlineData("unknown", 200, "heat")]
    [InlineData("fall", 100, "none")]
    public void Impaired_sensation_gets_no_heat_or_cold(string cause, double hoursAgo, string preference)
    {
        var plan = Planner.Plan(Intake(cause, hoursAgo, conditions: ["impaired-sensation"], preference: preference));

        plan.Steps.ShouldBeEmpty();
        plan.Advice.ShouldContain(a => a.Code == "no-thermal-impaired-sensation");
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Cold_sensitivity_never_gets_cold(string cause, double hoursAgo, string preference, string conditions, string equipment)
    {
        var intake = Scenario(cause, hoursAgo, preference, conditions, equipment);
        intake = intake with { Conditions = [.. intake.Conditions, "cold-sensitivity"] };

        var plan = Planner.Plan(intake);

        plan.Steps.ShouldNotContain(s => s.Kind == ThermalMode.Cold);
        plan.Steps.ShouldNotContain(s => s.TherapyId == "cold-pack");
    }

    [Theory]
    [InlineData("pregnancy", "bath,sauna")]
    [InlineData("pregnancy", "cold-pack,heat-pack,bath,sauna")]
    [InlineData("heart-condition", "bath,sauna")]
    [InlineData("heart-condition", "bath")]
    [InlineData("heart-condition", "sauna")]
    [InlineData("pregnancy,heart-condition", "bath,sauna")]
    public void Pregnancy_and_heart_conditions_never_get_a_hot_bath_or_sauna(string conditions, string equipment)
    {
        foreach (var (cause, hoursAgo, preference) in new[] { ("sitting", 6.0, "heat"), ("lifting", 100.0, "none"), ("unknown", 1000.0, "heat") })
        {
            var plan = Planner.Plan(Intake(cause, hoursAgo, Split(equipment), Split(conditions), preference));

            plan.Steps.ShouldNotContain(s => s.TherapyId == "hot-bath" || s.TherapyId == "sauna");
        }
    }

    [Theory]
    [InlineData("bath", "hot-bath")]
    [InlineData("sauna", "sauna")]
    public void Without_those_conditions_a_bath_or_sauna_is_used_once(string equipment, string therapy)
    {
        var plan = Planner.Plan(Intake("sitting", equipment: [equipment]));

        plan.Steps.ShouldHaveSingleItem().TherapyId.ShouldBe(therapy);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Only_therapies_whose_equipment_the_person_has_are_planned(string cause, double hoursAgo, string preference, string conditions, string equipment)
    {
        var intake = Scenario(cause, hoursAgo, preference, conditions, equipment);

        var plan = Planner.Plan(intake);

        foreach (var step in plan.Steps)
        {
            var record = Knowledge.Find(step.TherapyId).ShouldNotBeNull();
            record.Kind.ShouldBe(RecordKind.Thermal);
            record.Equipment.ShouldAllBe(e => intake.Equipment.Contains(e), $"{step.TherapyId} needs equipment the person lacks");
            record.Contraindications.ShouldNotContain(c => intake.Conditions.Contains(c), $"{step.TherapyId} is contraindicated");
        }
    }

    [Theory]
    [InlineData("lifting", 6, "none")]
    [InlineData("lifting", 6, "heat")]
    [InlineData("sitting", 6, "none")]
    [InlineData("sitting", 6, "cold")]
    [InlineData("unknown", 500, "heat")]
    [InlineData("fall", 72, "none")]
    public void Without_any_equipment_the_advice_says_what_would_help(string cause, double hoursAgo, string preference)
    {
        var plan = Planner.Plan(Intake(cause, hoursAgo, equipment: [], preference: preference));

        plan.Steps.ShouldBeEmpty();
        var advice = plan.Advice.Where(a => a.Code.StartsWith("would-help-", StringComparison.Ordinal)).ShouldHaveSingleItem();
        advice.Text.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Thermal_safety_advice_comes_with_every_application(string cause, double hoursAgo, string preference, string conditions, string equipment)
    {
        var plan = Planner.Plan(Scenario(cause, hoursAgo, preference, conditions, equipment));

        if (plan.Steps.Count > 0)
        {
            var safety = plan.Advice.Where(a => a.Code == "thermal-safety").ShouldHaveSingleItem();
            safety.Level.ShouldBe(AdviceLevel.Caution);
            safety.Text.ShouldNotBeNullOrWhiteSpace();
        }
        else
        {
            plan.Advice.ShouldNotContain(a => a.Code == "thermal-safety");
        }
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(30, 0)]
    [InlineData(0, 1)]
    [InlineData(59, 999)]
    public void Times_are_on_whole_minutes_and_in_order(int seconds, int milliseconds)
    {
        var now = Now.AddSeconds(seconds).AddMilliseconds(milliseconds);
        foreach (var (cause, preference) in new[] { ("lifting", "none"), ("sitting", "none"), ("sitting", "cold") })
        {
            var intake = Intake(cause, hoursAgo: 6, preference: preference) with { Now = now };

            var plan = Planner.Plan(intake);

            plan.Steps.ShouldNotBeEmpty();
            plan.Steps[0].From.ShouldBeGreaterThanOrEqualTo(now);
            (plan.Steps[0].From - now).ShouldBeLessThan(TimeSpan.FromMinutes(1));
            foreach (var step in plan.Steps)
            {
                (step.From.UtcTicks % TimeSpan.TicksPerMinute).ShouldBe(0);
                (step.Until.UtcTicks % TimeSpan.TicksPerMinute).ShouldBe(0);
                step.Until.ShouldBeGreaterThan(step.From);
            }

            foreach (var (earlier, later) in plan.Steps.Zip(plan.Steps.Skip(1)))
            {
                later.From.ShouldBeGreaterThanOrEqualTo(earlier.Until);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_same_check_in_gives_the_same_plan(string cause, double hoursAgo, string preference, string conditions, string equipment)
    {
        var first = Planner.Plan(Scenario(cause, hoursAgo, preference, conditions, equipment));
        var second = new ThermalPlanner(Knowledge).Plan(Scenario(cause, hoursAgo, preference, conditions, equipment));

        JsonSerializer.Serialize(second).ShouldBe(JsonSerializer.Serialize(first));
    }
}
