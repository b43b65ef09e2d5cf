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
              torso: 180
              head: 180
              arms: { near: [-60, -10], far: [-70, -15] }
              legs: { near: [55, -55, 0], far: [55, -55, 0] }

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
    public void A_body_that_leaves_the_view_is_reported()
    {
        Problems("standing", Lying + "      lift: 150\n").ShouldContain("content/exercises/test-move.yaml:19: the body leaves the view during the animation; bring the limbs in or lower the lift");
    }

    [Fact]
    public void A_limb_with_the_wrong_number_of_angles_is_reported()
    {
        Problems("supine", Lying.Replace("near: [55, -55, 0]", "near: [55, -55]", StringComparison.Ordinal))
            .ShouldContain(p => p.Contains("'figure.poses[0].legs.near' needs 3 angles (thigh, shin, foot), got 2", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_prop_is_reported()
    {
        Problems("supine", Lying + "      props: [trampoline]\n")
            .ShouldContain(p => p.Contains("'trampoline' is not a prop", StringComparison.Ordinal));
    }
}
