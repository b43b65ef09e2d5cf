using System.Xml.Linq;
using Limber.Core.Catalog;
using Limber.Core.Figures;

namespace Limber.Core.Tests.Figures;

public class FigureRendererTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Embedded;

    public static TheoryData<string> DrawnRecords() => [.. Knowledge.Records.Where(r => r.Figure is not null).Select(r => r.Id)];

    [Fact]
    public void Every_movement_record_has_a_figure_with_two_or_more_poses()
    {
        var missing = Knowledge.Records
            .Where(r => FigureRules.DrawnKinds.Contains(r.Kind) && (r.Figure is null || r.Figure.Poses.Count < 2))
            .Select(r => r.Id)
            .ToList();

        missing.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(DrawnRecords))]
    public void Limb_lengths_never_change_between_poses_or_frames(string id)
    {
        var figure = Knowledge.Find(id)!.Figure!;
        foreach (var frame in FigureRenderer.Frames(figure))
        {
            frame.Hip.DistanceTo(frame.Shoulder).ShouldBe(BodyModel.Torso, 0.001);
            frame.Shoulder.DistanceTo(frame.Head).ShouldBe(BodyModel.Neck + BodyModel.HeadRadius, 0.001);
            foreach (var arm in new[] { frame.NearArm, frame.FarArm })
            {
                arm[0].DistanceTo(arm[1]).ShouldBe(BodyModel.UpperArm, 0.001);
                arm[1].DistanceTo(arm[2]).ShouldBe(BodyModel.Forearm, 0.001);
            }

            foreach (var leg in new[] { frame.NearLeg, frame.FarLeg })
            {
                leg[0].DistanceTo(leg[1]).ShouldBe(BodyModel.Thigh, 0.001);
                leg[1].DistanceTo(leg[2]).ShouldBe(BodyModel.Shin, 0.001);
                leg[2].DistanceTo(leg[3]).ShouldBe(BodyModel.Foot, 0.001);
            }
        }
    }

    [Theory]
    [MemberData(nameof(DrawnRecords))]
    public void Every_pose_stays_above_the_ground_inside_the_view_and_floor_work_touches_the_floor(string id)
    {
        var record = Knowledge.Find(id)!;
        var figure = record.Figure!;
        var centre = FigureRenderer.CentreOffset(figure);
        foreach (var frame in FigureRenderer.Frames(figure))
        {
            frame.Bottom.ShouldBeGreaterThanOrEqualTo(-0.01);
            FigureRenderer.InView(frame, centre).ShouldAllBe(p => p.X >= 0 && p.X <= FigureRenderer.Width && p.Y >= 0 && p.Y <= FigureRenderer.Height);
        }

        if (FigureRules.FloorPositions.Contains(record.Position))
        {
            figure.Poses.ShouldAllBe(p => Math.Abs(Skeleton.Place(p, figure.View).Bottom) < 0.01);
        }
    }

    [Theory]
    [MemberData(nameof(DrawnRecords))]
    public void Every_figure_renders_as_an_animated_svg_with_a_still_for_reduced_motion(string id)
    {
        var record = Knowledge.Find(id)!;

        var svg = XDocument.Parse(FigureRenderer.Render(record));

        XNamespace ns = "http://www.w3.org/2000/svg";
        svg.Root!.Name.ShouldBe(ns + "svg");
        svg.Root.Element(ns + "title")!.Value.ShouldBe(record.Name);
        svg.Descendants(ns + "g").ShouldContain(g => (string?)g.Attribute("class") == "still");
        svg.Descendants(ns + "style").Single().Value.ShouldContain("prefers-reduced-motion");
        if (record.Figure!.Poses.Count > 1)
        {
            svg.Descendants(ns + "animate").ShouldNotBeEmpty();
        }
    }

    [Theory]
    [MemberData(nameof(DrawnRecords))]
    public void A_still_figure_is_the_reduced_motion_pose_alone_with_nothing_animated(string id)
    {
        var record = Knowledge.Find(id)!;
        XNamespace ns = "http://www.w3.org/2000/svg";
        var moving = XDocument.Parse(FigureRenderer.Render(record));
        var reducedMotionPose = moving.Descendants(ns + "g").Single(g => (string?)g.Attribute("class") == "still").Elements().Select(e => e.ToString());

        var still = XDocument.Parse(FigureRenderer.Render(record, still: true));

        still.Descendants(ns + "animate").ShouldBeEmpty();
        still.Descendants(ns + "g").ShouldNotContain(g => (string?)g.Attribute("class") == "moving");
        still.Descendants(ns + "g").Last().Elements().Select(e => e.ToString()).ShouldBe(reducedMotionPose);
    }

    [Fact]
    public void The_mirrored_figure_is_flipped_for_the_other_side()
    {
        var record = Knowledge.Find("knee-to-chest")!;

        var mirrored = FigureRenderer.Render(record, mirror: true);

        mirrored.ShouldContain($"translate({FigureRenderer.Width} 0) scale(-1 1)");
        FigureRenderer.Render(record).ShouldNotContain("scale(-1 1)");
    }

    [Fact]
    public void The_target_area_is_highlighted()
    {
        FigureRenderer.Render(Knowledge.Find("knee-to-chest")!).ShouldContain("class=\"target\"");
    }

    [Fact]
    public void The_tempo_follows_the_dose()
    {
        var catCow = Knowledge.Find("cat-cow")!;

        var (move, hold) = FigureRenderer.Tempo(catCow);

        move.ShouldBe(Math.Clamp(catCow.Dose.SecondsPerRep / 2.0, 1, 4));
        hold.ShouldBeLessThan(1);
    }

    [Fact]
    public void A_pose_is_set_down_on_the_ground_plus_its_lift()
    {
        var standing = new Pose("stand", 90, 90, new Limb([-90, -90]), new Limb([-90, -90]), new Limb([-90, -90, 0]), new Limb([-90, -90, 0]), [], 0);

        Skeleton.Place(standing, FigureView.Side).Bottom.ShouldBe(0, 0.001);
        Skeleton.Place(standing with { Lift = 12 }, FigureView.Side).Bottom.ShouldBe(12, 0.001);
        Skeleton.Place(standing, FigureView.Side).Head.Y.ShouldBeGreaterThan(140);
    }
}
