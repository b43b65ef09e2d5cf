using System.Text.RegularExpressions;
using Limber.Core.Catalog;

namespace Limber.Core.Tests.Catalog;

/// <summary>
/// Facts about the shipped records that the planner relies on: planning traits, the condition rules they
/// imply, stop signs for leg symptoms, safe pack use and coherent doses. Each was found by reading the records.
/// </summary>
public partial class ContentFactsTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Embedded;

    /// <summary>The stop sign every low-back or leg record carries, word for word.</summary>
    private const string LegSymptomStop = "Pain or tingling travels down a leg.";

    private static readonly string[] LowBackOrLegs =
        ["lumbar", "hamstrings", "hip-flexors", "quadriceps", "glutes", "piriformis", "adductors", "abductors", "calves", "whole-body"];

    private static CatalogRecord Record(string id) => Knowledge.Find(id).ShouldNotBeNull(id);

    [Theory]
    [InlineData("knee-to-chest", "sustained-flexion")]
    [InlineData("knee-to-chest-long-hold", "sustained-flexion")]
    [InlineData("double-knee-to-chest", "sustained-flexion")]
    [InlineData("knee-to-opposite-shoulder", "sustained-flexion")]
    [InlineData("childs-pose", "sustained-flexion")]
    [InlineData("seated-hamstring-stretch", "sustained-flexion")]
    [InlineData("cat-cow", "all-fours")]
    [InlineData("bird-dog", "all-fours")]
    [InlineData("thread-the-needle", "all-fours")]
    [InlineData("pigeon-pose", "all-fours")]
    [InlineData("seated-hamstring-stretch", "sciatic-tension")]
    [InlineData("legs-up-the-wall", "sciatic-tension")]
    [InlineData("l-sit-hold", "sciatic-tension")]
    [InlineData("seated-twist", "closed-twist")]
    [InlineData("pigeon-pose", "end-range-floor")]
    [InlineData("l-sit-hold", "end-range-floor")]
    [InlineData("split-squat-one-and-half", "end-range-floor")]
    [InlineData("chair-forward-bend", "hip-flexion-past-90")]
    [InlineData("knee-to-chest", "hip-flexion-past-90")]
    [InlineData("supine-twist", "crosses-midline")]
    [InlineData("knee-to-opposite-shoulder", "crosses-midline")]
    [InlineData("ninety-ninety-tilt", "crosses-midline")]
    [InlineData("golf-rotation-routine", "hip-pivot")]
    [InlineData("standing-hip-twists", "hip-pivot")]
    [InlineData("chin-to-chest", "neck-flexion")]
    public void Records_carry_the_planning_traits_their_steps_describe(string id, string trait)
    {
        Record(id).Traits.ShouldContain(trait);
    }

    [Theory]
    [InlineData("bent-knee-hamstring-stretch", "sciatic-tension")]
    [InlineData("knee-plank", "all-fours")]
    [InlineData("sphinx", "sustained-flexion")]
    [InlineData("side-lying-thoracic-rotation", "crosses-midline")]
    public void The_gentler_alternatives_do_not_carry_the_trait_they_avoid(string id, string trait)
    {
        Record(id).Traits.ShouldNotContain(trait);
    }

    [Theory]
    [InlineData("chair-forward-bend", "hip-replacement")]
    [InlineData("pigeon-pose", "wrist-problem")]
    [InlineData("golf-rotation-routine", "osteoporosis")]
    [InlineData("golf-rotation-routine", "hip-replacement")]
    [InlineData("supine-twist", "hip-replacement")]
    [InlineData("side-plank-knees", "knee-problem")]
    [InlineData("ball-back-extension", "knee-problem")]
    [InlineData("chin-to-chest", "osteoporosis")]
    [InlineData("seated-twist", "osteoporosis")]
    [InlineData("standing-hip-twists", "osteoporosis")]
    [InlineData("standing-hip-twists", "hip-replacement")]
    public void The_content_gaps_found_by_reading_the_records_are_closed(string id, string condition)
    {
        Record(id).Contraindications.ShouldContain(condition);
    }

    [Fact]
    public void Pigeon_pose_is_recorded_as_starting_on_all_fours()
    {
        var pigeon = Record("pigeon-pose");

        pigeon.Position.ShouldBe(Position.Quadruped);
        pigeon.Steps[0].ShouldContain("hands and knees");
    }

    [Fact]
    public void The_supine_twist_no_longer_offers_a_smaller_roll_after_a_hip_replacement()
    {
        Record("supine-twist").Cautions.ShouldNotContain(c => c.Contains("keep the roll small", StringComparison.Ordinal));
    }

    [Fact]
    public void Everything_on_hands_and_knees_is_ruled_out_for_sore_wrists_and_knees()
    {
        var allFours = Knowledge.Records.Where(r => r.Traits.Contains("all-fours")).ToList();

        allFours.Count.ShouldBeGreaterThanOrEqualTo(6);
        foreach (var record in allFours)
        {
            record.Position.ShouldBe(Position.Quadruped, record.Id);
            record.Contraindications.ShouldContain("wrist-problem", record.Id);
            record.Contraindications.ShouldContain("knee-problem", record.Id);
        }
    }

    [Fact]
    public void After_a_hip_replacement_nothing_crosses_the_midline_bends_the_hip_past_a_right_angle_or_pivots_on_it()
    {
        string[] hipTraits = ["crosses-midline", "hip-flexion-past-90", "hip-pivot"];
        var records = Knowledge.Records.Where(r => r.Traits.Intersect(hipTraits).Any()).ToList();

        records.Count.ShouldBeGreaterThanOrEqualTo(15);
        records.Where(r => !r.Contraindications.Contains("hip-replacement")).Select(r => r.Id).ShouldBeEmpty();
    }

    [Fact]
    public void With_osteoporosis_no_flexion_is_planned_including_neck_flexion()
    {
        var flexion = Knowledge.Records.Where(r => r.Movements.Contains("flexion") || r.Traits.Contains("neck-flexion") || r.Traits.Contains("sustained-flexion")).ToList();

        flexion.Count.ShouldBeGreaterThanOrEqualTo(15);
        flexion.Where(r => !r.Contraindications.Contains("osteoporosis")).Select(r => r.Id).ShouldBeEmpty();
    }

    [Fact]
    public void With_osteoporosis_no_twisting_stretch_and_no_standing_or_loaded_rotation_drill_is_planned()
    {
        var rotation = Knowledge.Records
            .Where(r => r.Movements.Contains("rotation"))
            .Where(r => r.Kind is RecordKind.Stretch or RecordKind.Strength or RecordKind.Stability || r.Position == Position.Standing || r.Traits.Contains("hip-pivot"))
            .ToList();

        rotation.Count.ShouldBeGreaterThanOrEqualTo(8);
        rotation.Where(r => !r.Contraindications.Contains("osteoporosis")).Select(r => r.Id).ShouldBeEmpty();
    }

    [Fact]
    public void Every_low_back_or_leg_record_stops_when_symptoms_travel_down_a_leg()
    {
        var records = Knowledge.Records.Where(r => r.Targets.Intersect(LowBackOrLegs).Any()).ToList();

        records.Count.ShouldBeGreaterThanOrEqualTo(50);
        records.Where(r => !r.StopIf.Contains(LegSymptomStop)).Select(r => r.Id).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("heat-pack")]
    [InlineData("cold-pack")]
    public void A_pack_is_held_in_place_and_never_lain_sat_or_leant_on(string id)
    {
        var pack = Record(id);

        pack.Position.ShouldBe(Position.Any);
        pack.Steps.ShouldContain(s => s.Contains("wrap", StringComparison.Ordinal));
        pack.Steps.ShouldNotContain(s => WeightOnThePack().IsMatch(s));
        pack.Mistakes.ShouldContain(m => m.Contains("weight on the pack", StringComparison.Ordinal));
        pack.Sources.ShouldContain("HOUGHTON-2010");
    }

    [Theory]
    [InlineData("circulation")]
    [InlineData("bleeding disorder")]
    [InlineData("DVT")]
    [InlineData("cancer")]
    [InlineData("infected")]
    [InlineData("irradiated")]
    [InlineData("swollen")]
    [InlineData("cannot say clearly how it feels")]
    [InlineData("diabetes")]
    [InlineData("sleep")]
    public void The_heat_pack_names_every_heat_precaution(string precaution)
    {
        Record("heat-pack").Cautions.ShouldContain(c => c.Contains(precaution, StringComparison.Ordinal), precaution);
    }

    [Theory]
    [InlineData("Raynaud")]
    [InlineData("circulation")]
    [InlineData("cloth between the pack and your skin")]
    [InlineData("sleep")]
    public void The_cold_pack_names_every_cold_precaution(string precaution)
    {
        Record("cold-pack").Cautions.ShouldContain(c => c.Contains(precaution, StringComparison.Ordinal), precaution);
    }

    [Fact]
    public void Held_stretches_take_two_to_four_repetitions_from_the_same_guidance_as_their_hold()
    {
        foreach (var record in Knowledge.Records.Where(r => r.Kind == RecordKind.Stretch && r.Dose.HoldSeconds.Max > 0))
        {
            var hold = record.DoseSources.Single(c => c.Field == "dose.holdSeconds");
            var reps = record.DoseSources.Single(c => c.Field == "dose.reps");
            hold.Source.ShouldBe("ACSM-2021", record.Id);
            reps.Source.ShouldBe("GARBER-2011", record.Id);
            new IntRange(2, 4).Contains(record.Dose.Reps).ShouldBeTrue($"{record.Id}: reps {record.Dose.Reps}");
            (record.Dose.HoldSeconds.Max * record.Dose.Reps.Max).ShouldBeGreaterThanOrEqualTo(60, record.Id);
        }
    }

    [Fact]
    public void The_long_knee_hug_holds_longer_rather_than_repeating_more()
    {
        var longHold = Record("knee-to-chest-long-hold");
        var ordinary = Record("knee-to-chest");

        longHold.Dose.Reps.Max.ShouldBeLessThanOrEqualTo(4);
        longHold.Dose.HoldSeconds.Min.ShouldBeGreaterThan(ordinary.Dose.HoldSeconds.Min);
    }

    [Fact]
    public void The_propped_lumbar_release_is_a_relaxation_among_the_therapies()
    {
        Record("supported-lumbar-release").Kind.ShouldBe(RecordKind.Relaxation);
        ContentFiles.Embedded().Select(f => f.Path).ShouldContain("content/therapies/supported-lumbar-release.yaml");
    }

    [Fact]
    public void Kidney_type_pain_means_a_doctor_today()
    {
        var kidney = Knowledge.SafetyRules.Single(r => r.Text.Contains("kidney", StringComparison.OrdinalIgnoreCase));

        kidney.Text.ShouldContain("needs a doctor today");
        kidney.Text.ShouldNotContain("soon");
    }

    [Fact]
    public void Ordinary_stiffness_is_explained_as_non_specific_back_pain_not_wear_and_tear()
    {
        Knowledge.EducationNotes.ShouldNotContain(n => n.Text.Contains("wear-and-tear", StringComparison.OrdinalIgnoreCase));
        var framing = Knowledge.EducationNotes.Single(n => n.Id == "cause-arthritis-or-injury");
        framing.Text.ShouldContain("non-specific low back pain");
        framing.Sources.ShouldContain("NICE-NG59");
    }

    [Theory]
    [InlineData("sitting-tightens-hips")]
    [InlineData("cause-slow-stabilisers")]
    [InlineData("cause-weak-trunk-muscles")]
    [InlineData("cause-posture-and-form")]
    public void A_contested_mechanism_is_marked_as_the_article_claim(string id)
    {
        Knowledge.EducationNotes.Single(n => n.Id == id).Claim.ShouldBeTrue();
    }

    /// <summary>Lying on the back or front, or sitting or leaning back, with the pack under the body.</summary>
    [GeneratedRegex(@"\b(lie|lying) on your (back|front)\b|\bsit back\b|\bsit leaning back\b|\blean back on\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeightOnThePack();
}
