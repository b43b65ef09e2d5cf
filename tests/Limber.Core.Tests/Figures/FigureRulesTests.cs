using Limber.Core.Catalog;

namespace Limber.Core.Tests.Figures;

public class FigureRulesTests
{
    private const string Sources = "sources:\n  - { id: S0, title: An article, kind: article, reference: seeds/000.txt }\n  - { id: LIMBER, title: Team, kind: team, reference: docs }\n";

    private static string Record(string position, string pose) => $"""
        id: test-move
        name: Test move
        kind: stretch
        stage: mobility
        position: {position}
        targets: [lumbar]
        movements: [flexion]
        summary: A test.
        dose:
          holdSeconds: {"{"} value: [10, 30], source: S0 {"}"}
          reps: {"{"} value: [2, 3], source: S0 {"}"}
          sets: {"{"} value: [1, 1], source: LIMBER {"}"}
          sides: each
          restSeconds: {"{"} value: 5, source: LIMBER {"}"}
        sources: [S0]
        steps: [Lie down.]
        stopIf: [It hurts.]
        figure:
          view: side
          poses:
        {pose}
        """;

    private const string Lying = """
            - name: lying
              body: [-90, 0, 0]
              arms: { right: [8, 12, 0, 0], left: [8, 12, 0, 0] }
              legs: { right: [50, 4, 0, 100, 40], left: [50, 4, 0, 100, 40] }

        """;

    private static IReadOnlyList<string> Problems(string position, string pose) =>
        [.. KnowledgeBaseReader.Read([new ContentFile("content/sources.yaml", Sources), new ContentFile("content/exercises/test-move.yaml", Record(position, pose))])
            .Problems.Select(p => p.ToString())];

    [Fact]
    public void A_valid_floor_pose_has_no_problems()
    {
        Problems("supine", Lying).ShouldBeEmpty();
    }

    [Fact]
    public void A_floor_exercise_whose_pose_hovers_is_reported()
    {
        Problems("supine", Lying + "      lift: 6\n").ShouldHaveSingleItem()
            .ShouldBe("content/exercises/test-move.yaml:19: pose 'lying': the record is done on the floor (supine) but the pose does not touch it (lift 6)");
    }

    [Fact]
    public void A_joint_below_the_ground_is_reported()
    {
        Problems("standing", Lying + "      lift: -4\n").ShouldContain("content/exercises/test-move.yaml:19: pose 'lying': a joint is below the ground (lift -4)");
    }

    [Fact]
    public void A_limb_with_the_wrong_number_of_angles_is_reported()
    {
        Problems("supine", Lying.Replace("right: [50, 4, 0, 100, 40]", "right: [50, 4]", StringComparison.Ordinal))
            .ShouldContain(p => p.Contains("'figure.poses[0].legs.right' needs 4 or 5 angles (hip forward, out, turned out, knee bend, and optionally foot point), got 2", StringComparison.Ordinal));
    }

    [Fact]
    public void An_angle_that_is_not_a_number_is_reported()
    {
        Problems("supine", Lying.Replace("body: [-90, 0, 0]", "body: [-90, flat, 0]", StringComparison.Ordinal))
            .ShouldContain(p => p.Contains("'figure.poses[0].body': 'flat' is not an angle in degrees", StringComparison.Ordinal));
    }

    [Fact]
    public void A_view_without_a_camera_is_reported()
    {
        var problems = KnowledgeBaseReader.Read([new ContentFile("content/sources.yaml", Sources), new ContentFile("content/exercises/test-move.yaml", Record("supine", Lying).Replace("view: side", "view: underneath", StringComparison.Ordinal))]).Problems;

        problems.ShouldContain(p => p.ToString().Contains("'underneath'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_that_does_not_rest_on_the_prop_holding_it_up_is_reported()
    {
        Problems("supine", Lying + "      props: [mat, ball]\n")
            .ShouldContain(p => p.Contains("pose 'lying': the body sinks", StringComparison.Ordinal) && p.EndsWith("into the ball; it should rest on it", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pose_too_small_for_the_frame_of_its_figure_is_reported()
    {
        const string ArmsUp = """
            - name: standing, arms overhead
              body: [0, 0, 0]
              arms: { right: [180, 0, 0, 0], left: [180, 0, 0, 0] }
              legs: { right: [0, 4, 0, 0], left: [0, 4, 0, 0] }

        """;

        Problems("standing", Lying + ArmsUp).ShouldContain(p => p.Contains("pose 'lying': the body fills only", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_prop_is_reported()
    {
        Problems("supine", Lying + "      props: [trampoline]\n")
            .ShouldContain(p => p.Contains("'trampoline' is not a prop", StringComparison.Ordinal));
    }
}
