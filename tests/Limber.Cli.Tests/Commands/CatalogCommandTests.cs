using System.Text.Json;

namespace Limber.Cli.Tests.Commands;

public sealed class CatalogCommandTests : IDisposable
{
    private readonly string _copy = Path.Combine(Path.GetTempPath(), "limber-content-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_copy))
        {
            Directory.Delete(_copy, recursive: true);
        }
    }

    [Fact]
    public void Catalog_json_prints_every_record_with_the_contract_fields()
    {
        var run = CliRun.Of("catalog", "--json");

        run.ExitCode.ShouldBe(0);
        run.Error.ShouldBeEmpty();
        using var json = JsonDocument.Parse(run.Output);
        var records = json.RootElement.EnumerateArray().ToList();
        records.Count.ShouldBeGreaterThanOrEqualTo(60);
        foreach (var record in records)
        {
            foreach (var field in new[] { "id", "name", "aliases", "kind", "stage", "position", "equipment", "targets", "movements", "dose", "contraindications", "easier", "harder", "sources" })
            {
                record.TryGetProperty(field, out _).ShouldBeTrue($"{record.GetProperty("id")} lacks {field}");
            }

            var dose = record.GetProperty("dose");
            dose.GetProperty("holdSeconds").GetArrayLength().ShouldBe(2);
            dose.GetProperty("reps").GetArrayLength().ShouldBe(2);
            dose.GetProperty("sets").GetArrayLength().ShouldBe(2);
            dose.GetProperty("sides").GetString().ShouldBeOneOf("both", "each");
            dose.GetProperty("restSeconds").ValueKind.ShouldBe(JsonValueKind.Number);
        }
    }

    [Fact]
    public void Catalog_json_uses_the_contract_codes()
    {
        using var json = JsonDocument.Parse(CliRun.Of("catalog", "--json").Output);
        var pigeon = json.RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "pigeon-pose");
        var sphinx = json.RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "sphinx");
        var kneeling = json.RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "kneeling-hip-flexor-stretch");
        var massage = json.RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "foam-roll-thoracic");

        pigeon.GetProperty("contraindications").EnumerateArray().Select(e => e.GetString()).ShouldContain("hip-replacement");
        sphinx.GetProperty("position").GetString().ShouldBe("prone");
        kneeling.GetProperty("position").GetString().ShouldBe("half-kneeling");
        massage.GetProperty("kind").GetString().ShouldBe("self-massage");
    }

    [Fact]
    public void Catalog_json_shows_planning_traits_and_the_contraindications_added_in_issue_8()
    {
        using var json = JsonDocument.Parse(CliRun.Of("catalog", "--json").Output);
        var records = json.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        string[] Codes(string id, string field) => [.. records[id].GetProperty(field).EnumerateArray().Select(e => e.GetString()!)];

        records.Values.ShouldAllBe(r => r.GetProperty("traits").ValueKind == JsonValueKind.Array);
        Codes("pigeon-pose", "traits").ShouldContain("all-fours");
        Codes("pigeon-pose", "contraindications").ShouldContain("wrist-problem");
        records["pigeon-pose"].GetProperty("position").GetString().ShouldBe("quadruped");
        Codes("golf-rotation-routine", "contraindications").ShouldBe(["osteoporosis", "hip-replacement"], ignoreOrder: true);
        Codes("supine-twist", "contraindications").ShouldContain("hip-replacement");
        Codes("chair-forward-bend", "contraindications").ShouldContain("hip-replacement");
        Codes("side-plank-knees", "contraindications").ShouldContain("knee-problem");
        Codes("ball-back-extension", "contraindications").ShouldContain("knee-problem");
        Codes("chin-to-chest", "contraindications").ShouldContain("osteoporosis");
        records["supported-lumbar-release"].GetProperty("kind").GetString().ShouldBe("relaxation");
    }

    [Fact]
    public void Catalog_without_json_lists_records_for_a_person()
    {
        var run = CliRun.Of("catalog");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("pigeon-pose");
        run.Output.ShouldContain("records.");
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Catalog_check_passes_on_the_shipped_content()
    {
        var run = CliRun.Of("catalog", "check");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldStartWith("content is valid:");
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Catalog_check_passes_on_the_content_folder()
    {
        var run = CliRun.Of("catalog", "check", "--content", Path.Combine(CliRun.RepositoryRoot, "content"));

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldStartWith("content is valid:");
    }

    [Fact]
    public void Catalog_check_lists_an_unknown_field_and_a_duplicate_id_with_path_and_line()
    {
        CopyContent();
        var catCow = Path.Combine(_copy, "exercises", "cat-cow.yaml");
        File.AppendAllText(catCow, "colour: blue\n");
        var lines = File.ReadAllLines(catCow).Length;
        var clash = Path.Combine(_copy, "exercises", "zz-copy.yaml");
        File.WriteAllText(clash, File.ReadAllText(Path.Combine(_copy, "exercises", "sphinx.yaml")).Replace("id: sphinx", "id: cat-cow", StringComparison.Ordinal));

        var run = CliRun.Of("catalog", "check", "--content", _copy);

        run.ExitCode.ShouldBe(1);
        var problems = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        problems.ShouldContain(p => p.StartsWith($"{_copy}/exercises/cat-cow.yaml:{lines}: unknown field 'colour'", StringComparison.Ordinal));
        problems.ShouldContain(p => p.StartsWith($"{_copy}/exercises/zz-copy.yaml:1: duplicate id 'cat-cow' (first defined at {_copy}/exercises/cat-cow.yaml:1)", StringComparison.Ordinal));
        run.Error.ShouldContain("problem(s) in the content");
    }

    [Fact]
    public void Catalog_json_refuses_broken_content_and_says_how_to_see_why()
    {
        CopyContent();
        File.AppendAllText(Path.Combine(_copy, "exercises", "cat-cow.yaml"), "colour: blue\n");

        var run = CliRun.Of("catalog", "--json", "--content", _copy);

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldBeEmpty();
        run.Error.ShouldContain("limber catalog check");
    }

    [Fact]
    public void Catalog_check_of_a_missing_folder_says_so()
    {
        var run = CliRun.Of("catalog", "check", "--content", _copy);

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldBeEmpty();
        run.Error.ShouldContain("does not exist");
    }

    [Fact]
    public void An_unknown_option_is_an_error_on_stderr()
    {
        var run = CliRun.Of("catalog", "--jsonn");

        run.ExitCode.ShouldNotBe(0);
        run.Error.ShouldContain("--jsonn");
    }

    private void CopyContent()
    {
        var source = Path.Combine(CliRun.RepositoryRoot, "content");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
