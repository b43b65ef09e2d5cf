using System.Text.RegularExpressions;
using Limber.Core.Catalog;

namespace Limber.Core.Tests.Catalog;

/// <summary>The shipped knowledge base: valid, complete against the inventory, and right where it matters for safety.</summary>
public partial class ContentTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Embedded;

    [Fact]
    public void The_embedded_content_loads_without_problems()
    {
        var load = KnowledgeBaseReader.Read(ContentFiles.Embedded());

        load.Problems.ShouldBeEmpty();
        load.Base!.Records.Count.ShouldBeGreaterThanOrEqualTo(60);
    }

    [Fact]
    public void The_content_folder_and_the_embedded_copy_are_the_same()
    {
        var folder = ContentFiles.FromDirectory(RepositoryPaths.Combine("content"));
        var embedded = ContentFiles.Embedded();

        embedded.Select(f => f.Path).ShouldBe(folder.Select(f => "content/" + Path.GetRelativePath(RepositoryPaths.Combine("content"), f.Path).Replace('\\', '/')));
        embedded.Select(f => f.Text).ShouldBe(folder.Select(f => f.Text));
    }

    [Fact]
    public void Every_inventory_row_is_mapped_to_exactly_one_coverage_row()
    {
        var rows = InventoryRows();
        rows.Count.ShouldBe(102);

        var unmapped = rows.Where(r => Knowledge.Coverage.Count(c => Covers(c.Row, r)) != 1).ToList();
        unmapped.ShouldBeEmpty("each inventory row needs exactly one row in content/seed-coverage.yaml");

        var stale = Knowledge.Coverage.Where(c => rows.Count(r => Covers(c.Row, r)) != 1).Select(c => c.Row).ToList();
        stale.ShouldBeEmpty("each coverage row must match exactly one inventory row");
    }

    [Fact]
    public void Every_technique_row_maps_to_a_catalog_record()
    {
        var techniques = InventoryRows(sections: [1, 2]);
        foreach (var row in techniques)
        {
            var coverage = Knowledge.Coverage.Single(c => Covers(c.Row, row));
            coverage.Ids.ShouldContain(id => Knowledge.Find(id) != null, $"'{row}' must be carried by an exercise record");
        }
    }

    [Theory]
    [InlineData("pigeon-pose", "hip-replacement")]
    [InlineData("knee-to-opposite-shoulder", "hip-replacement")]
    [InlineData("piriformis-stretch", "hip-replacement")]
    [InlineData("knee-to-chest", "osteoporosis")]
    [InlineData("double-knee-to-chest", "osteoporosis")]
    [InlineData("chair-forward-bend", "osteoporosis")]
    [InlineData("chair-forward-bend", "disc-herniation")]
    [InlineData("childs-pose", "knee-problem")]
    [InlineData("legs-up-the-wall", "high-blood-pressure")]
    [InlineData("bridge-breath-hold", "high-blood-pressure")]
    [InlineData("sauna", "pregnancy")]
    [InlineData("sauna", "heart-condition")]
    [InlineData("hot-bath", "heart-condition")]
    [InlineData("cold-pack", "cold-sensitivity")]
    [InlineData("cold-pack", "impaired-sensation")]
    [InlineData("heat-pack", "impaired-sensation")]
    public void Records_that_must_not_be_planned_for_a_condition_say_so(string id, string condition)
    {
        Knowledge.Find(id).ShouldNotBeNull().Contraindications.ShouldContain(condition);
    }

    [Theory]
    [InlineData("sphinx", Position.Prone)]
    [InlineData("cobra", Position.Prone)]
    [InlineData("prone-extension", Position.Prone)]
    [InlineData("cat-cow", Position.Quadruped)]
    [InlineData("bird-dog", Position.Quadruped)]
    [InlineData("kneeling-hip-flexor-stretch", Position.HalfKneeling)]
    [InlineData("ball-back-extension", Position.OnBall)]
    [InlineData("hip-circles", Position.Standing)]
    public void Positions_are_recorded_as_done(string id, Position position)
    {
        Knowledge.Find(id).ShouldNotBeNull().Position.ShouldBe(position);
    }

    [Theory]
    [InlineData("knee-to-chest", "flexion")]
    [InlineData("double-knee-to-chest", "flexion")]
    [InlineData("childs-pose", "flexion")]
    [InlineData("chair-forward-bend", "flexion")]
    [InlineData("sphinx", "extension")]
    [InlineData("supine-twist", "rotation")]
    [InlineData("plank", "neutral")]
    public void Spinal_movements_are_marked(string id, string movement)
    {
        Knowledge.Find(id).ShouldNotBeNull().Movements.ShouldContain(movement);
    }

    [Fact]
    public void Work_on_hands_and_knees_is_ruled_out_for_sore_wrists_and_knees()
    {
        foreach (var record in Knowledge.Records.Where(r => r.Position == Position.Quadruped))
        {
            record.Contraindications.ShouldContain("wrist-problem", record.Id);
            record.Contraindications.ShouldContain("knee-problem", record.Id);
        }
    }

    [Fact]
    public void Kneeling_work_is_ruled_out_for_sore_knees()
    {
        foreach (var record in Knowledge.Records.Where(r => r.Position is Position.Kneeling or Position.HalfKneeling))
        {
            record.Contraindications.ShouldContain("knee-problem", record.Id);
        }
    }

    [Fact]
    public void Equipment_a_record_needs_is_named()
    {
        Knowledge.Find("ball-back-extension")!.Equipment.ShouldContain("stability-ball");
        Knowledge.Find("foam-roll-thoracic")!.Equipment.ShouldContain("foam-roller");
        Knowledge.Find("legs-up-the-wall")!.Equipment.ShouldContain("wall");
        Knowledge.Find("band-squat")!.Equipment.ShouldContain("resistance-band");
        Knowledge.Find("cold-pack")!.Equipment.ShouldBe(["cold-pack"]);
    }

    [Fact]
    public void Every_record_has_steps_short_enough_to_read_aloud_and_cites_an_article()
    {
        foreach (var record in Knowledge.Records)
        {
            record.Steps.ShouldNotBeEmpty(record.Id);
            record.Steps.ShouldAllBe(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 30, record.Id);
            record.Sources.ShouldContain(s => s.StartsWith('S') && s.Length == 2, record.Id);
            record.StopIf.ShouldNotBeEmpty(record.Id);
        }
    }

    [Fact]
    public void Static_stretch_holds_follow_acsm_or_say_why_not()
    {
        foreach (var record in Knowledge.Records.Where(r => r.Kind == RecordKind.Stretch && r.Dose.HoldSeconds.Max > 0))
        {
            var hold = record.DoseSources.Single(c => c.Field == "dose.holdSeconds");
            var followsAcsm = hold.Source == "ACSM-2021" && new IntRange(10, 30).Contains(record.Dose.HoldSeconds);
            (followsAcsm || hold.Reason is not null).ShouldBeTrue($"{record.Id}: hold {record.Dose.HoldSeconds} from {hold.Source}");
        }
    }

    [Fact]
    public void Thermal_records_carry_a_protocol_and_the_cold_conflict_is_resolved()
    {
        foreach (var record in Knowledge.Records.Where(r => r.Kind == RecordKind.Thermal))
        {
            record.Thermal.ShouldNotBeNull(record.Id);
            record.Contraindications.ShouldContain("impaired-sensation", record.Id);
        }

        var cold = Knowledge.Find("cold-pack")!;
        cold.Thermal!.Mode.ShouldBe(ThermalMode.Cold);
        cold.Thermal.Minutes.ShouldBeInRange(15, 20);
        var minutes = cold.DoseSources.Single(c => c.Field == "thermal.minutes");
        minutes.Alternatives.Select(a => a.Source).ShouldBe(["S0", "S2"], ignoreOrder: true);
        minutes.Reason.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("hold")]
    [InlineData("cold")]
    [InlineData("heat")]
    [InlineData("extension")]
    [InlineData("strong")]
    public void Each_conflict_between_sources_has_a_note_naming_both_sides(string topic)
    {
        var notes = Knowledge.EducationNotes.Where(n => n.Topic == "conflict" && n.Text.Contains(topic, StringComparison.OrdinalIgnoreCase)).ToList();
        notes.ShouldNotBeEmpty(topic);
        notes.ShouldContain(n => n.Sources.Count >= 2, topic);
    }

    [Fact]
    public void Quoted_figures_are_marked_as_the_article_claim()
    {
        var figures = Knowledge.EducationNotes.Where(n => n.Topic == "figure").ToList();
        figures.Count.ShouldBe(5);
        figures.ShouldAllBe(n => n.Claim);
    }

    /// <summary>A coverage row is the inventory row itself, or its opening words.</summary>
    private static bool Covers(string coverageRow, string inventoryRow) =>
        inventoryRow == coverageRow || inventoryRow.StartsWith(coverageRow + " ", StringComparison.Ordinal);

    /// <summary>Sections 1-3: a table row by its first cell; 4-5: a bullet; 6-8: items between semicolons.</summary>
    private static List<string> InventoryRows(int[]? sections = null)
    {
        var text = File.ReadAllText(RepositoryPaths.Combine("docs", "seed-inventory.md"));
        var rows = new List<string>();
        foreach (var section in SectionHeading().Split(text).Skip(1))
        {
            var number = int.Parse(section[..section.IndexOf('.', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            if (sections is not null && !sections.Contains(number))
            {
                continue;
            }

            var body = section[(section.IndexOf('\n', StringComparison.Ordinal) + 1)..];
            var lines = body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            if (number <= 3)
            {
                rows.AddRange(lines
                    .Where(l => l.StartsWith('|') && !l.StartsWith("| ---", StringComparison.Ordinal))
                    .Select(l => l.Split('|')[1].Trim())
                    .Where(c => c is not ("technique" or "therapy")));
            }
            else if (number <= 5)
            {
                rows.AddRange(lines.Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..].Trim()));
            }
            else
            {
                rows.AddRange(string.Join(' ', lines).Split(';').Select(i => i.Trim().TrimEnd('.')).Where(i => i.Length > 0));
            }
        }

        return rows;
    }

    [GeneratedRegex("^## ", RegexOptions.Multiline)]
    private static partial Regex SectionHeading();
}
