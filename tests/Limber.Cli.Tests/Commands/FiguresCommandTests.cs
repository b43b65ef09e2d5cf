using System.Xml.Linq;
using Limber.Core.Catalog;
using Limber.Core.Figures;

namespace Limber.Cli.Tests.Commands;

public sealed class FiguresCommandTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "limber-figures-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Fact]
    public void Figures_writes_every_figure_both_ways_round_and_a_contact_sheet_at_three_sizes()
    {
        var run = CliRun.Of("figures", "--out", _out);

        run.ExitCode.ShouldBe(0, run.Error);
        var drawn = KnowledgeBase.Embedded.Records.Where(r => r.Figure is not null).ToList();
        drawn.ShouldNotBeEmpty();
        foreach (var record in drawn)
        {
            XDocument.Load(Path.Combine(_out, record.Id + ".svg")).Root!.Name.LocalName.ShouldBe("svg");
            File.ReadAllText(Path.Combine(_out, record.Id + ".mirrored.svg")).ShouldContain("scale(-1 1)");
        }

        var sheet = File.ReadAllText(Path.Combine(_out, "index.html"));
        drawn.ShouldAllBe(r => sheet.Contains($"<img class=\"thumbnail\" src=\"{r.Id}.svg\"", StringComparison.Ordinal)
            && sheet.Contains($"<img class=\"player\" src=\"{r.Id}.svg\"", StringComparison.Ordinal)
            && sheet.Contains($"<img class=\"print\" src=\"{r.Id}.svg\"", StringComparison.Ordinal));
        run.Output.ShouldStartWith($"wrote {drawn.Count} figures");
    }

    [Fact]
    public void Figures_writes_each_key_pose_still_and_shows_them_on_the_contact_sheet()
    {
        var run = CliRun.Of("figures", "--out", _out);

        run.ExitCode.ShouldBe(0, run.Error);
        var sheet = File.ReadAllText(Path.Combine(_out, "index.html"));
        foreach (var record in KnowledgeBase.Embedded.Records.Where(r => r.Figure is not null))
        {
            for (var pose = 0; pose < record.Figure!.Poses.Count; pose++)
            {
                var file = $"{record.Id}.pose{pose + 1}.svg";
                var text = File.ReadAllText(Path.Combine(_out, file));
                text.ShouldBe(FigureRenderer.RenderPose(record, pose), file);
                text.ShouldNotContain("<animate");
                sheet.ShouldContain($"<img class=\"pose\" src=\"{file}\"");
            }
        }
    }

    [Fact]
    public void Figures_without_an_out_folder_is_a_usage_error()
    {
        var run = CliRun.Of("figures");

        run.ExitCode.ShouldNotBe(0);
        run.Error.ShouldContain("--out");
    }
}
