using Limber.Core.Catalog;

namespace Limber.Core.Tests.Catalog;

public class KnowledgeBaseReaderTests
{
    private const string Sources = """
        sources:
          - id: S0
            title: An article
            kind: article
            reference: seeds/000.txt
          - id: LIMBER
            title: Team default
            kind: team
            reference: docs/adr
          - id: ACSM-2021
            title: ACSM stretching guideline
            kind: guideline
            reference: acsm.org
          - id: GARBER-2011
            title: ACSM position stand
            kind: guideline
            reference: MSSE 2011
        """;

    private const string Stretch = """
        id: knee-to-chest
        name: Knee to chest
        kind: stretch
        stage: mobility
        position: supine
        targets: [lumbar]
        movements: [flexion]
        traits: [sustained-flexion, hip-flexion-past-90]
        summary: Hug one knee in to ease the low back.
        dose:
          holdSeconds: { value: [10, 30], source: ACSM-2021 }
          reps: { value: [2, 3], source: GARBER-2011 }
          sets: { value: [1, 1], source: LIMBER }
          sides: each
          restSeconds: { value: 5, source: LIMBER }
        sources: [S0, ACSM-2021, GARBER-2011]
        steps:
          - Lie on your back and draw one knee in.
        figure: { view: side, poses: [{ name: lying, body: [-90, 0, 0], arms: { right: [8, 12, 0, 0], left: [8, 12, 0, 0] }, legs: { right: [50, 4, 0, 100, 40], left: [50, 4, 0, 100, 40] } }] }

        """;

    private const string Record = """
        id: cat-cow
        name: Cat-cow
        kind: mobility
        stage: mobility
        position: quadruped
        equipment: []
        targets: [lumbar]
        movements: [flexion, extension]
        summary: Rock the spine between rounded and arched.
        dose:
          holdSeconds: { value: [0, 0], source: LIMBER }
          reps: { value: [8, 10], source: S0 }
          sets: { value: [1, 1], source: LIMBER }
          sides: both
          restSeconds: { value: 10, source: LIMBER }
          secondsPerRep: 5
        contraindications: [wrist-problem]
        sources: [S0]
        steps:
          - Kneel on hands and knees.
        figure: { view: side, poses: [{ name: all fours, body: [76, 0, 0], arms: { right: [76, 0, 0, 0], left: [76, 0, 0, 0] }, legs: { right: [76, 0, 0, 90, 70], left: [76, 0, 0, 90, 70] } }] }

        """;

    private static KnowledgeBaseLoad Read(params (string Path, string Text)[] files) =>
        KnowledgeBaseReader.Read([new ContentFile("content/sources.yaml", Sources), .. files.Select(f => new ContentFile(f.Path, f.Text))]);

    private static string Only(KnowledgeBaseLoad load)
    {
        load.Base.ShouldBeNull();
        load.Problems.Count.ShouldBe(1, string.Join(Environment.NewLine, load.Problems));
        return load.Problems[0].ToString();
    }

    [Fact]
    public void A_valid_record_loads_with_its_dose_and_sources()
    {
        var load = Read(("content/exercises/cat-cow.yaml", Record));

        load.Problems.ShouldBeEmpty();
        var record = load.Base!.Find("cat-cow").ShouldNotBeNull();
        record.Kind.ShouldBe(RecordKind.Mobility);
        record.Position.ShouldBe(Position.Quadruped);
        record.Dose.ShouldBe(new Dose(new IntRange(0, 0), new IntRange(8, 10), new IntRange(1, 1), Sides.Both, 10, 5));
        record.DoseSources.Select(c => $"{c.Field}={c.Value}@{c.Source}").ShouldBe(
            ["dose.holdSeconds=[0]@LIMBER", "dose.reps=[8, 10]@S0", "dose.sets=[1]@LIMBER", "dose.restSeconds=10@LIMBER"]);
    }

    [Fact]
    public void An_unknown_field_is_named_with_its_line()
    {
        Only(Read(("content/exercises/cat-cow.yaml", Record + "colour: blue\n")))
            .ShouldStartWith("content/exercises/cat-cow.yaml:22: unknown field 'colour' (allowed: id, name,");
    }

    [Fact]
    public void An_unknown_field_inside_the_dose_is_named_by_its_path()
    {
        Only(Read(("content/exercises/cat-cow.yaml", Record.Replace("  secondsPerRep: 5", "  tempo: 5", StringComparison.Ordinal))))
            .ShouldStartWith("content/exercises/cat-cow.yaml:16: unknown field 'dose.tempo' (allowed: holdSeconds, reps, sets, sides, restSeconds, secondsPerRep)");
    }

    [Fact]
    public void An_unknown_enum_value_lists_the_allowed_ones()
    {
        Only(Read(("content/exercises/cat-cow.yaml", Record.Replace("kind: mobility", "kind: stretchy", StringComparison.Ordinal))))
            .ShouldBe("content/exercises/cat-cow.yaml:3: unknown kind 'stretchy' (allowed: stretch, mobility, stability, strength, relaxation, self-massage, thermal)");
    }

    [Fact]
    public void An_unknown_code_in_a_list_is_reported()
    {
        Only(Read(("content/exercises/cat-cow.yaml", Record.Replace("targets: [lumbar]", "targets: [lumbar, toes]", StringComparison.Ordinal))))
            .ShouldStartWith("content/exercises/cat-cow.yaml:7: 'targets': 'toes' is not a target (allowed: lumbar,");
    }

    [Fact]
    public void A_missing_required_field_is_reported_at_the_record()
    {
        Only(Read(("content/exercises/cat-cow.yaml", Record.Replace("summary: Rock the spine between rounded and arched.\n", "", StringComparison.Ordinal))))
            .ShouldBe("content/exercises/cat-cow.yaml:1: missing required field 'summary'");
    }

    [Fact]
    public void A_duplicate_id_names_where_it_was_first_defined()
    {
        var load = Read(
            ("content/exercises/cat-cow.yaml", Record),
            ("content/habits.yaml", "habits:\n  - id: cat-cow\n    text: Move.\n    why: It helps.\n    sources: [S0]\n"));

        Only(load).ShouldBe("content/habits.yaml:2: duplicate id 'cat-cow' (first defined at content/exercises/cat-cow.yaml:1)");
    }

    [Fact]
    public void A_dangling_easier_reference_is_reported()
    {
        Only(Read(("content/exercises/cat-cow.yaml", Record + "easier: [cat-nap]\n")))
            .ShouldBe("content/exercises/cat-cow.yaml:22: 'easier': unknown record id 'cat-nap'");
    }

    [Fact]
    public void A_dangling_source_reference_is_reported()
    {
        Only(Read(("content/exercises/cat-cow.yaml", Record.Replace("sources: [S0]", "sources: [S0, S9]", StringComparison.Ordinal))))
            .ShouldBe("content/exercises/cat-cow.yaml:18: 'sources': unknown source id 'S9'");
    }

    [Fact]
    public void A_dose_source_missing_from_the_record_sources_is_reported()
    {
        Only(Read(("content/exercises/cat-cow.yaml", Record.Replace("sources: [S0]", "sources: [LIMBER]", StringComparison.Ordinal))))
            .ShouldBe("content/exercises/cat-cow.yaml:18: 'sources' must list 'S0', the source of dose value 'dose.reps'");
    }

    [Fact]
    public void A_range_with_min_above_max_is_reported()
    {
        Only(Read(("content/exercises/cat-cow.yaml", Record.Replace("value: [8, 10]", "value: [10, 8]", StringComparison.Ordinal))))
            .ShouldBe("content/exercises/cat-cow.yaml:12: 'dose.reps.value': min 10 is above max 8");
    }

    [Fact]
    public void A_dose_outside_the_cited_range_needs_a_reason()
    {
        var text = Record.Replace("reps: { value: [8, 10], source: S0 }", "reps: { value: [8, 12], source: S0, cited: [8, 10] }", StringComparison.Ordinal);
        Only(Read(("content/exercises/cat-cow.yaml", text)))
            .ShouldBe("content/exercises/cat-cow.yaml:12: 'dose.reps.value': [8, 12] is outside the cited [8, 10] of S0 and no 'reason' is given");

        var explained = text.Replace("cited: [8, 10] }", "cited: [8, 10], reason: Two more goes fit the tempo. }", StringComparison.Ordinal);
        Read(("content/exercises/cat-cow.yaml", explained)).Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Alternatives_without_a_reason_are_reported()
    {
        var text = Record.Replace("reps: { value: [8, 10], source: S0 }", "reps: { value: [8, 10], source: S0, alternatives: [{ value: 5, source: LIMBER }] }", StringComparison.Ordinal);
        Only(Read(("content/exercises/cat-cow.yaml", text)))
            .ShouldBe("content/exercises/cat-cow.yaml:12: 'dose.reps.value': other sources give other values, so a 'reason' must say why [8, 10] was chosen");
    }

    [Fact]
    public void A_contraindication_must_be_a_condition_code()
    {
        Only(Read(("content/exercises/cat-cow.yaml", Record.Replace("[wrist-problem]", "[sore-wrists]", StringComparison.Ordinal))))
            .ShouldStartWith("content/exercises/cat-cow.yaml:17: 'contraindications': 'sore-wrists' is not a condition code (allowed: pregnancy,");
    }

    [Fact]
    public void The_id_must_match_the_file_name()
    {
        Only(Read(("content/exercises/cow-cat.yaml", Record)))
            .ShouldBe("content/exercises/cow-cat.yaml:1: id 'cat-cow' must match the file name 'cow-cat.yaml'");
    }

    [Fact]
    public void Malformed_yaml_is_reported_with_its_line()
    {
        Only(Read(("content/exercises/cat-cow.yaml", "id: cat-cow\nname: [unclosed\n")))
            .ShouldStartWith("content/exercises/cat-cow.yaml:3: malformed YAML:");
    }

    [Fact]
    public void A_list_item_with_a_colon_asks_for_quotes()
    {
        Only(Read(("content/exercises/cat-cow.yaml", Record + "cues:\n  - Breathe: slowly\n")))
            .ShouldBe("content/exercises/cat-cow.yaml:23: 'cues' items must be text; quote an item that contains ': '");
    }

    [Fact]
    public void A_thermal_record_takes_its_dose_from_the_protocol()
    {
        const string coldPack = """
            id: cold-pack
            name: Cold pack
            kind: thermal
            stage: mobility
            position: any
            equipment: [cold-pack]
            targets: [lumbar]
            movements: [neutral]
            summary: Cool the sore area.
            thermal:
              mode: cold
              minutes: { value: 15, source: S0 }
              minHoursBetween: { value: 2, source: S0 }
              windowHours: [0, 48]
            contraindications: [impaired-sensation, cold-sensitivity]
            sources: [S0]
            steps: [Wrap the pack in a cloth.]
            """;

        var record = Read(("content/therapies/cold-pack.yaml", coldPack)).Base!.Find("cold-pack")!;

        record.Thermal.ShouldBe(new ThermalProtocol(ThermalMode.Cold, 15, 2, new IntRange(0, 48), false));
        record.Dose.HoldSeconds.ShouldBe(new IntRange(900, 900));
    }

    [Fact]
    public void Only_thermal_records_may_have_a_thermal_block()
    {
        Only(Read(("content/exercises/cat-cow.yaml", Record + "thermal: { mode: heat }\n")))
            .ShouldBe("content/exercises/cat-cow.yaml:22: only thermal records have a 'thermal' block (kind is mobility)");
    }

    [Fact]
    public void A_coverage_row_must_point_at_existing_ids()
    {
        Only(Read(("content/exercises/cat-cow.yaml", Record), ("content/seed-coverage.yaml", "rows:\n  - row: Cat-cow\n    ids: [cat-cow, cow-cat]\n")))
            .ShouldBe("content/seed-coverage.yaml:3: 'rows[0].ids': unknown id 'cow-cat'");
    }

    [Fact]
    public void An_unexpected_file_is_reported()
    {
        Only(Read(("content/notes.yaml", "notes: []\n")))
            .ShouldStartWith("content/notes.yaml:1: unknown content file");
    }

    [Fact]
    public void Every_problem_is_collected_not_just_the_first()
    {
        var text = Record
            .Replace("kind: mobility", "kind: stretchy", StringComparison.Ordinal)
            .Replace("[wrist-problem]", "[sore-wrists]", StringComparison.Ordinal) + "colour: blue\n";
        var load = Read(("content/exercises/cat-cow.yaml", text), ("content/exercises/cat-cow-2.yaml", Record.Replace("id: cat-cow", "id: cat-cow-2", StringComparison.Ordinal) + "harder: [nope]\n"));

        load.Base.ShouldBeNull();
        load.Problems.Select(p => $"{p.Path}:{p.Line}").ShouldBe(
        [
            "content/exercises/cat-cow-2.yaml:22",
            "content/exercises/cat-cow.yaml:3",
            "content/exercises/cat-cow.yaml:17",
            "content/exercises/cat-cow.yaml:22",
        ]);
    }

    [Fact]
    public void Planning_traits_are_read_in_the_order_written()
    {
        var load = Read(("content/exercises/knee-to-chest.yaml", Stretch));

        load.Problems.ShouldBeEmpty();
        load.Base!.Find("knee-to-chest")!.Traits.ShouldBe(["sustained-flexion", "hip-flexion-past-90"]);
    }

    [Fact]
    public void A_record_without_traits_has_none()
    {
        Read(("content/exercises/cat-cow.yaml", Record)).Base!.Find("cat-cow")!.Traits.ShouldBeEmpty();
    }

    [Fact]
    public void An_unknown_trait_lists_the_allowed_ones()
    {
        Only(Read(("content/exercises/knee-to-chest.yaml", Stretch.Replace("hip-flexion-past-90]", "deep-hug]", StringComparison.Ordinal))))
            .ShouldBe("content/exercises/knee-to-chest.yaml:8: 'traits': 'deep-hug' is not a planning trait (allowed: sustained-flexion, all-fours, sciatic-tension, closed-twist, end-range-floor, hip-flexion-past-90, crosses-midline, hip-pivot, neck-flexion)");
    }

    [Fact]
    public void A_trait_listed_twice_is_reported()
    {
        Only(Read(("content/exercises/knee-to-chest.yaml", Stretch.Replace("hip-flexion-past-90]", "sustained-flexion]", StringComparison.Ordinal))))
            .ShouldBe("content/exercises/knee-to-chest.yaml:8: 'traits': 'sustained-flexion' is listed twice");
    }

    [Fact]
    public void A_contraindication_listed_twice_is_reported()
    {
        Only(Read(("content/exercises/cat-cow.yaml", Record.Replace("[wrist-problem]", "[wrist-problem, wrist-problem]", StringComparison.Ordinal))))
            .ShouldBe("content/exercises/cat-cow.yaml:17: 'contraindications': 'wrist-problem' is listed twice");
    }

    [Fact]
    public void A_held_stretch_with_an_acsm_hold_takes_its_reps_from_garber()
    {
        var text = Stretch.Replace("reps: { value: [2, 3], source: GARBER-2011 }", "reps: { value: [2, 3], source: S0 }", StringComparison.Ordinal);

        Only(Read(("content/exercises/knee-to-chest.yaml", text)))
            .ShouldBe("content/exercises/knee-to-chest.yaml:12: 'dose.reps': a held stretch whose hold comes from ACSM-2021 takes its repetitions from GARBER-2011 (2-4 holds adding up to about 60 s), not from S0; keep other values as alternatives");
    }

    [Theory]
    [InlineData("[1, 3]")]
    [InlineData("[5, 10]")]
    public void A_held_stretch_repeats_its_hold_two_to_four_times(string reps)
    {
        var text = Stretch.Replace("reps: { value: [2, 3], source: GARBER-2011 }", $"reps: {{ value: {reps}, source: GARBER-2011 }}", StringComparison.Ordinal);

        Only(Read(("content/exercises/knee-to-chest.yaml", text)))
            .ShouldBe($"content/exercises/knee-to-chest.yaml:12: 'dose.reps': {reps} is outside the 2-4 repetitions GARBER-2011 gives for a held stretch");
    }

    [Fact]
    public void A_held_stretch_takes_its_hold_and_reps_from_one_source()
    {
        var text = Stretch.Replace("holdSeconds: { value: [10, 30], source: ACSM-2021 }", "holdSeconds: { value: [15, 30], source: S0 }", StringComparison.Ordinal);

        Only(Read(("content/exercises/knee-to-chest.yaml", text)))
            .ShouldBe("content/exercises/knee-to-chest.yaml:12: 'dose.reps' comes from GARBER-2011 but 'dose.holdSeconds' from S0; a held stretch takes both from one source");

        var coherent = text.Replace("source: GARBER-2011 }", "source: S0 }", StringComparison.Ordinal);
        Read(("content/exercises/knee-to-chest.yaml", coherent)).Problems.ShouldBeEmpty();
    }

    [Fact]
    public void The_holds_of_a_stretch_must_be_able_to_add_up_to_about_a_minute()
    {
        var text = Stretch
            .Replace("holdSeconds: { value: [10, 30], source: ACSM-2021 }", "holdSeconds: { value: [5, 10], source: S0 }", StringComparison.Ordinal)
            .Replace("reps: { value: [2, 3], source: GARBER-2011 }", "reps: { value: [2, 3], source: S0 }", StringComparison.Ordinal);

        Only(Read(("content/exercises/knee-to-chest.yaml", text)))
            .ShouldBe("content/exercises/knee-to-chest.yaml:12: 'dose': at most 30 s of stretching (3 x 10 s); the holds of a stretch should be able to add up to about 60 s");
    }

    [Fact]
    public void A_long_propped_rest_typed_as_a_stretch_is_reported_as_relaxation()
    {
        var rest = Stretch
            .Replace("summary: Hug one knee in to ease the low back.", "summary: Rest your hips on a cushion and let the back let go.", StringComparison.Ordinal)
            .Replace("holdSeconds: { value: [10, 30], source: ACSM-2021 }", "holdSeconds: { value: [30, 60], source: S0 }", StringComparison.Ordinal)
            .Replace("reps: { value: [2, 3], source: GARBER-2011 }", "reps: { value: [3, 5], source: S0 }", StringComparison.Ordinal);

        Only(Read(("content/exercises/knee-to-chest.yaml", rest)))
            .ShouldBe("content/exercises/knee-to-chest.yaml:3: kind 'stretch': a rest of 30-60 s that the summary or steps describe as resting is relaxation, not a stretch; set 'kind: relaxation'");

        var relaxation = rest.Replace("kind: stretch", "kind: relaxation", StringComparison.Ordinal);
        Read(("content/therapies/knee-to-chest.yaml", relaxation)).Problems.ShouldBeEmpty();
    }

    [Fact]
    public void A_long_hold_that_is_not_described_as_a_rest_stays_a_stretch()
    {
        var text = Stretch
            .Replace("holdSeconds: { value: [10, 30], source: ACSM-2021 }", "holdSeconds: { value: [30, 60], source: S0 }", StringComparison.Ordinal)
            .Replace("reps: { value: [2, 3], source: GARBER-2011 }", "reps: { value: [2, 3], source: S0 }", StringComparison.Ordinal);

        Read(("content/exercises/knee-to-chest.yaml", text)).Problems.ShouldBeEmpty();
    }

    [Fact]
    public void A_record_in_the_wrong_folder_for_its_kind_is_reported()
    {
        Only(Read(("content/therapies/cat-cow.yaml", Record)))
            .ShouldBe("content/therapies/cat-cow.yaml:3: a mobility record belongs in content/exercises/ (exercises hold stretch, mobility, stability and strength; therapies hold thermal, self-massage and relaxation)");
    }
}
