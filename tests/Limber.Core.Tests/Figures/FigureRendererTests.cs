using System.Text;
using System.Xml.Linq;
using Limber.Core.Catalog;
using Limber.Core.Figures;

namespace Limber.Core.Tests.Figures;

public class FigureRendererTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Embedded;

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly Pose Standing = new(
        "standing", Turn.None, 0, Spine.Straight,
        new Limb(Turn.None, 0), new Limb(Turn.None, 0), new Limb(Turn.None, 0), new Limb(Turn.None, 0), [], 0);

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

    [Fact]
    public void The_body_has_natural_proportions_with_legs_about_half_of_standing_height()
    {
        var standing = Skeleton.Place(Standing);
        var height = standing.Head.Y + BodyModel.HeadRadius;

        height.ShouldBe(BodyModel.StandingHeight, 0.5);
        (standing.Hip.Y / height).ShouldBeInRange(0.5, 0.56);
        (standing.Chest.Y / height).ShouldBeInRange(0.78, 0.84);
        (BodyModel.UpperArm + BodyModel.Forearm + BodyModel.Hand).ShouldBeLessThan(BodyModel.Thigh + BodyModel.Shin);
    }

    [Theory]
    [MemberData(nameof(DrawnRecords))]
    public void Limb_and_spine_lengths_never_change_between_poses_or_frames(string id)
    {
        foreach (var frame in FigureRenderer.Frames(Knowledge.Find(id)!.Figure!))
        {
            frame.Hip.DistanceTo(frame.Sacrum).ShouldBe(BodyModel.Pelvis, 0.001);
            frame.Sacrum.DistanceTo(frame.Waist).ShouldBe(BodyModel.Lumbar, 0.001);
            frame.Waist.DistanceTo(frame.Chest).ShouldBe(BodyModel.Thoracic, 0.001);
            frame.Chest.DistanceTo(frame.Head).ShouldBe(BodyModel.Neck, 0.001);
            foreach (var arm in new[] { frame.RightArm, frame.LeftArm })
            {
                arm[0].DistanceTo(arm[1]).ShouldBe(BodyModel.UpperArm, 0.001);
                arm[1].DistanceTo(arm[2]).ShouldBe(BodyModel.Forearm, 0.001);
            }

            foreach (var leg in new[] { frame.RightLeg, frame.LeftLeg })
            {
                leg[0].DistanceTo(leg[1]).ShouldBe(BodyModel.Thigh, 0.001);
                leg[1].DistanceTo(leg[2]).ShouldBe(BodyModel.Shin, 0.001);
            }

            frame.LeftLeg[0].DistanceTo(frame.RightLeg[0]).ShouldBe(2 * BodyModel.HipHalfWidth, 0.001);
        }
    }

    [Theory]
    [InlineData(FigureView.Side)]
    [InlineData(FigureView.Front)]
    [InlineData(FigureView.ThreeQuarter)]
    [InlineData(FigureView.Above)]
    [InlineData(FigureView.ThreeQuarterAbove)]
    [InlineData(FigureView.FrontAbove)]
    [InlineData(FigureView.FrontHigh)]
    public void Every_camera_projects_without_stretching_so_lengths_across_the_picture_stay_true(FigureView view)
    {
        var camera = Camera.For(view);

        camera.Right.Length.ShouldBe(1, 1e-9);
        camera.Up.Length.ShouldBe(1, 1e-9);
        camera.Towards.Length.ShouldBe(1, 1e-9);
        camera.Right.Dot(camera.Up).ShouldBe(0, 1e-9);
        camera.Right.Dot(camera.Towards).ShouldBe(0, 1e-9);
        camera.Up.Dot(camera.Towards).ShouldBe(0, 1e-9);
        var across = camera.Right * BodyModel.Thigh;
        var a = camera.Project(new Point3(3, 4, 5));
        var b = camera.Project(new Point3(3, 4, 5) + across);
        Math.Sqrt(((b.X - a.X) * (b.X - a.X)) + ((b.Y - a.Y) * (b.Y - a.Y))).ShouldBe(BodyModel.Thigh, 1e-9);
    }

    [Theory]
    [InlineData("cat-cow")]
    [InlineData("cat-camel")]
    [InlineData("angry-cat-hollow-back")]
    [InlineData("pelvic-tilt")]
    public void The_spine_bends_both_ways_so_the_lumbar_angle_changes_sign_between_the_poses(string id)
    {
        var poses = Knowledge.Find(id)!.Figure!.Poses.Select(Skeleton.Place).ToList();

        var bends = poses.Select(p => p.LumbarBend).ToList();

        (bends.Min() * bends.Max()).ShouldBeLessThan(0, $"{id}: {string.Join(", ", bends)}");
        (bends.Max() - bends.Min()).ShouldBeGreaterThan(20);
    }

    [Fact]
    public void In_the_side_view_the_far_limbs_are_painted_behind_the_torso_and_lighter_and_the_near_ones_in_front()
    {
        var order = FigureRenderer.PaintOrder(Knowledge.Find("cat-cow")!).ToList();

        int At(string part) => order.FindIndex(s => s.Part == part);
        At("left arm").ShouldBeLessThan(At("torso"));
        At("left leg").ShouldBeLessThan(At("torso"));
        At("right arm").ShouldBeGreaterThan(At("torso"));
        At("right leg").ShouldBeGreaterThan(At("torso"));
        order.Single(s => s.Part == "left arm").Tone.ShouldBe(BodyTone.FarLimb);
        order.Single(s => s.Part == "right arm").Tone.ShouldBe(BodyTone.Limb);
        order.Single(s => s.Part == "lumbar").Tone.ShouldBe(BodyTone.Target);
        order.FindIndex(s => s.Part == "lumbar").ShouldBe(At("torso") + 1);
    }

    [Fact]
    public void A_trunk_leaning_towards_the_camera_does_not_make_both_arms_look_far()
    {
        var record = Knowledge.Find("golf-rotation-routine")!;
        record.Figure!.View.ShouldBe(FigureView.FrontHigh);

        var order = FigureRenderer.PaintOrder(record).ToList();

        order.Where(s => s.Part is "right arm" or "left arm").ShouldContain(s => s.Tone == BodyTone.Limb);
    }

    [Fact]
    public void Seen_from_above_a_knee_drawn_up_is_painted_over_the_body_it_crosses()
    {
        var record = Knowledge.Find("knee-to-opposite-shoulder")!;
        record.Figure!.View.ShouldBe(FigureView.Above);

        var order = FigureRenderer.PaintOrder(record).ToList();

        order.FindIndex(s => s.Part == "right leg").ShouldBeGreaterThan(order.FindIndex(s => s.Part == "torso"));
        order.FindIndex(s => s.Part == "right leg").ShouldBeGreaterThan(order.FindIndex(s => s.Part == "left leg"));
    }

    [Theory]
    [MemberData(nameof(DrawnRecords))]
    public void Every_key_pose_fills_at_least_seventy_percent_of_the_frame_and_the_animation_stays_inside_it(string id)
    {
        var record = Knowledge.Find(id)!;
        var figure = record.Figure!;
        var framing = Framing.For(figure, record.Targets);

        foreach (var pose in figure.Poses)
        {
            var (width, height) = framing.Fill(Skeleton.Place(pose));
            Math.Max(width, height).ShouldBeGreaterThanOrEqualTo(FigureRules.MinimumFill, $"{id} / {pose.Name}: {width:P0} wide, {height:P0} high");
        }

        foreach (var frame in FigureRenderer.Frames(figure))
        {
            foreach (var (at, radius) in frame.Outline())
            {
                var p = framing.ToScreen(at);
                (p.X - (radius * framing.Scale)).ShouldBeGreaterThanOrEqualTo(-0.01, id);
                (p.X + (radius * framing.Scale)).ShouldBeLessThanOrEqualTo(FigureRenderer.Width + 0.01, id);
                (p.Y - (radius * framing.Scale)).ShouldBeGreaterThanOrEqualTo(-0.01, id);
                (p.Y + (radius * framing.Scale)).ShouldBeLessThanOrEqualTo(FigureRenderer.Height + 0.01, id);
            }
        }
    }

    [Theory]
    [MemberData(nameof(DrawnRecords))]
    public void Every_frame_rests_on_the_floor_plus_its_lift_and_floor_work_touches_the_floor(string id)
    {
        var record = Knowledge.Find(id)!;
        var figure = record.Figure!;

        foreach (var frame in FigureRenderer.Frames(figure))
        {
            frame.Bottom.ShouldBeGreaterThanOrEqualTo(-0.001, id);
        }

        foreach (var pose in figure.Poses)
        {
            Skeleton.Place(pose).Bottom.ShouldBe(pose.Lift, 0.001, id);
            if (FigureRules.FloorPositions.Contains(record.Position))
            {
                Skeleton.Place(pose).Bottom.ShouldBe(0, 0.001, $"{id} / {pose.Name}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(DrawnRecords))]
    public void Every_record_renders_in_its_view_as_a_small_animated_svg_with_a_still_end_pose_for_reduced_motion(string id)
    {
        var record = Knowledge.Find(id)!;

        var text = FigureRenderer.Render(record);
        var svg = XDocument.Parse(text);

        Encoding.UTF8.GetByteCount(text).ShouldBeLessThanOrEqualTo(16 * 1024, id);
        Encoding.UTF8.GetByteCount(FigureRenderer.Render(record, mirror: true)).ShouldBeLessThanOrEqualTo(16 * 1024, id);
        svg.Root!.Name.ShouldBe(Svg + "svg");
        svg.Root.Element(Svg + "title")!.Value.ShouldBe(record.Name);
        svg.Descendants(Svg + "style").Single().Value.ShouldContain("prefers-reduced-motion:reduce){.moving{display:none}.still{display:inline}}");
        var still = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "still");
        still.Descendants(Svg + "animate").ShouldBeEmpty();
        var moving = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "moving");
        moving.Descendants(Svg + "animate").ShouldNotBeEmpty();
        moving.Descendants(Svg + "animate").ShouldAllBe(a => a.Attribute("keyTimes") != null);
    }

    [Theory]
    [MemberData(nameof(DrawnRecords))]
    public void Every_record_also_renders_through_every_other_camera(string id)
    {
        var record = Knowledge.Find(id)!;

        foreach (var view in Enum.GetValues<FigureView>())
        {
            var other = record with { Figure = record.Figure! with { View = view } };
            XDocument.Parse(FigureRenderer.Render(other)).Root!.Name.ShouldBe(Svg + "svg", $"{id} seen {view}");
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
    public void The_still_figure_shows_the_key_end_pose()
    {
        var record = Knowledge.Find("cat-cow")!;
        var svg = XDocument.Parse(FigureRenderer.Render(record));
        var moving = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "moving").Elements(Svg + "path").ToList();
        var still = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "still").Elements(Svg + "path").ToList();

        still.Count.ShouldBe(moving.Count);
        var values = moving[0].Element(Svg + "animate")!.Attribute("values")!.Value.Split(';');
        values.ShouldContain((string)still[0].Attribute("d")!);
        ((string)still[0].Attribute("d")!).ShouldNotBe((string)moving[0].Attribute("d")!);
    }

    [Theory]
    [MemberData(nameof(DrawnRecords))]
    public void The_end_pose_drawn_alone_is_the_still_figure(string id)
    {
        var record = Knowledge.Find(id)!;

        FigureRenderer.RenderPose(record, FigureRenderer.EndPose(record.Figure!)).ShouldBe(FigureRenderer.Render(record, still: true));
        FigureRenderer.RenderPose(record, FigureRenderer.EndPose(record.Figure!), mirror: true).ShouldBe(FigureRenderer.Render(record, mirror: true, still: true));
    }

    [Fact]
    public void The_start_pose_drawn_alone_is_the_first_frame_of_the_animation_and_differs_from_the_end()
    {
        var record = Knowledge.Find("cat-cow")!;
        var moving = XDocument.Parse(FigureRenderer.Render(record)).Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "moving").Elements(Svg + "path").ToList();

        var start = XDocument.Parse(FigureRenderer.RenderPose(record, 0));
        var end = XDocument.Parse(FigureRenderer.RenderPose(record, 1));

        start.Descendants(Svg + "animate").ShouldBeEmpty();
        var startPaths = start.Descendants(Svg + "path").Where(p => ((string?)p.Attribute("class"))?.StartsWith("b ", StringComparison.Ordinal) == true).ToList();
        startPaths.Select(p => (string?)p.Attribute("d")).ShouldBe(moving.Select(p => (string?)p.Attribute("d")));
        start.ToString().ShouldNotBe(end.ToString());
    }

    [Fact]
    public void A_pose_the_figure_does_not_have_cannot_be_drawn()
    {
        var record = Knowledge.Find("cat-cow")!;

        Should.Throw<ArgumentOutOfRangeException>(() => FigureRenderer.RenderPose(record, record.Figure!.Poses.Count));
        Should.Throw<ArgumentOutOfRangeException>(() => FigureRenderer.RenderPose(record, -1));
    }

    [Fact]
    public void The_mirrored_figure_is_flipped_for_the_other_side()
    {
        var record = Knowledge.Find("knee-to-chest")!;

        var mirrored = FigureRenderer.Render(record, mirror: true);

        mirrored.ShouldContain($"translate({FigureRenderer.Width} 0) scale(-1 1)");
        FigureRenderer.Render(record).ShouldNotContain("scale(-1 1)");
        mirrored.Replace($"<g transform=\"translate({FigureRenderer.Width} 0) scale(-1 1)\">", "", StringComparison.Ordinal).Replace("</g></svg>", "</svg>", StringComparison.Ordinal)
            .ShouldBe(FigureRenderer.Render(record));
    }

    [Fact]
    public void The_target_area_is_highlighted_on_the_body_and_an_arrow_shows_the_movement()
    {
        var svg = FigureRenderer.Render(Knowledge.Find("knee-to-chest")!);

        svg.ShouldContain("class=\"b x\"");
        svg.ShouldContain("class=\"arrow\"");
        svg.ShouldContain("class=\"ah\"");
    }

    [Fact]
    public void The_tempo_follows_the_dose()
    {
        var catCow = Knowledge.Find("cat-cow")!;

        var (move, hold) = FigureRenderer.Tempo(catCow);

        move.ShouldBe(Math.Clamp(catCow.Dose.SecondsPerRep / 2.0, 1, 4));
        hold.ShouldBeLessThan(1);
    }

    [Theory]
    [InlineData("hip-circles")]
    [InlineData("band-squat")]
    public void A_figure_standing_on_its_feet_keeps_them_still_while_the_hips_move_over_them(string id)
    {
        var figure = Knowledge.Find(id)!.Figure!;
        static Point3 Feet(Skeleton s) => ((s.RightLeg[3] + s.RightLeg[4] + s.LeftLeg[3] + s.LeftLeg[4]) * 0.25) with { Y = 0 };

        var frames = FigureRenderer.Frames(figure);

        FigureRenderer.StandsOnItsFeet(figure).ShouldBeTrue();
        frames.Max(f => Feet(f).DistanceTo(Feet(frames[0]))).ShouldBe(0, 1e-6);
        frames.Max(f => f.Hip.DistanceTo(frames[0].Hip)).ShouldBeGreaterThan(5);
    }

    [Theory]
    [InlineData("sit-to-stand")]
    [InlineData("cat-cow")]
    public void A_figure_on_a_chair_or_on_the_floor_keeps_its_hips_in_place(string id)
    {
        var figure = Knowledge.Find(id)!.Figure!;

        FigureRenderer.StandsOnItsFeet(figure).ShouldBeFalse();
        FigureRenderer.Frames(figure).Max(f => Math.Abs(f.Hip.X) + Math.Abs(f.Hip.Z)).ShouldBe(0, 1e-9);
    }

    [Fact]
    public void Holds_are_still_and_moves_ease_in_and_out()
    {
        var figure = Knowledge.Find("knee-to-chest")!.Figure!;

        var timeline = FigureRenderer.Timeline(figure, move: 2, hold: 3);

        timeline[0].Skeleton.ShouldBe(timeline[1].Skeleton);
        (timeline[1].Time - timeline[0].Time).ShouldBe(3, 1e-9);
        double Step(int i) => timeline[i].Skeleton.RightLeg[1].DistanceTo(timeline[i + 1].Skeleton.RightLeg[1]);
        Step(1).ShouldBeLessThan(Step(2));
        Step(4).ShouldBeLessThan(Step(3));
        timeline[^1].Skeleton.ShouldBe(timeline[0].Skeleton);
        timeline[^1].Time.ShouldBe(2 * (2 + 3), 1e-9);
    }

    [Fact]
    public void A_pose_is_set_down_on_the_ground_plus_its_lift()
    {
        Skeleton.Place(Standing).Bottom.ShouldBe(0, 0.001);
        Skeleton.Place(Standing with { Lift = 12 }).Bottom.ShouldBe(12, 0.001);
        Skeleton.Place(Standing).Head.Y.ShouldBeGreaterThan(150);
    }

    public static TheoryData<string> RecordsWithFixedProps() =>
        [.. Knowledge.Records.Where(r => r.Figure is { Poses.Count: > 1 } f && f.Poses.Any(p => p.Props.Any(FixedProps.Contains))).Select(r => r.Id)];

    private static readonly string[] FixedProps = ["mat", "wall", "bath"];

    [Theory]
    [MemberData(nameof(RecordsWithFixedProps))]
    public void The_mat_wall_and_bath_are_the_same_size_and_place_in_every_still_pose_of_a_figure(string id)
    {
        var record = Knowledge.Find(id)!;
        string Fixed(int pose) => string.Join('|', XDocument.Parse(FigureRenderer.RenderPose(record, pose)).Descendants(Svg + "path")
            .Where(p => (string?)p.Attribute("class") is "mat" or "water" || ((string?)p.Attribute("class") == "prop" && record.Figure!.Poses[pose].Props.Contains("wall")))
            .Select(p => (string?)p.Attribute("d")));

        var first = Fixed(0);

        first.ShouldNotBeEmpty(id);
        for (var pose = 1; pose < record.Figure!.Poses.Count; pose++)
        {
            Fixed(pose).ShouldBe(first, $"{id}: pose {pose + 1} against pose 1");
        }
    }

    [Theory]
    [InlineData("chin-to-chest")]
    [InlineData("heat-pack")]
    [InlineData("seated-twist")]
    public void A_chair_back_stands_behind_the_sitter_not_by_the_knees(string id)
    {
        var record = Knowledge.Find(id)!;
        var pose = record.Figure!.Poses[0];
        var body = Skeleton.Place(pose);
        var seat = body.Hip.Y - (BodyModel.HipsWidth / 2);

        var back = Scenery.Shapes(pose, body, record.Targets).Single(s => s.Class == "prop" && s.Points.Max(p => p.Y) > seat + 20);

        var backX = back.Points.Average(p => p.X);
        ((backX - body.Hip.X) * (body.RightLeg[1].X - body.Hip.X)).ShouldBeLessThan(0, id);
    }

    [Fact]
    public void In_the_sauna_the_hips_sit_on_the_upper_tier_and_the_feet_rest_on_the_lower_one()
    {
        var record = Knowledge.Find("sauna")!;
        var pose = record.Figure!.Poses[0];
        var body = Skeleton.Place(pose);
        var tiers = Scenery.Shapes(pose, body, record.Targets).Where(s => s.Class == "wood").Select(s => s.Points.Max(p => p.Y)).ToList();
        var feet = Math.Min(body.RightLeg[3].Y, body.RightLeg[4].Y) - (BodyModel.FootWidth / 2);

        tiers.ShouldContain(t => Math.Abs(t - (body.Hip.Y - (BodyModel.HipsWidth / 2))) < 0.01);
        tiers.ShouldContain(t => Math.Abs(t - feet) < 0.01);
        feet.ShouldBeGreaterThan(20);
    }

    [Fact]
    public void Props_are_drawn_to_scale_against_the_body()
    {
        var roll = Knowledge.Find("foam-roll-legs")!;
        var end = Skeleton.Place(roll.Figure!.Poses[1]);

        var roller = Scenery.Shapes(roll.Figure.Poses[1], end, roll.Targets).Single(s => s.Class == "roller");

        roller.Width.ShouldBe(15);
        roller.Points[0].DistanceTo(roller.Points[1]).ShouldBe(90);
        Scenery.Supports(roll.Figure.Poses[1], end, roll.Targets).ShouldAllBe(s => Math.Abs(s.BodyUnderside - s.PropTop) <= FigureRules.SupportTolerance);
    }
}
