using Limber.Core.Outcomes;

namespace Limber.Core.Tests.Outcomes;

public class PsfsTests
{
    [Fact]
    public void The_score_is_the_mean_of_the_activity_ratings()
    {
        var result = Psfs.Score([new("putting on socks", 3), new("sitting through a film", 6), new("gardening", 4)]);

        result.Problems.ShouldBeEmpty();
        result.Score.ShouldNotBeNull().Score.ShouldBe(13 / 3.0);
    }

    [Fact]
    public void The_typed_answers_are_the_same_as_the_cli_s_json()
    {
        var typed = Psfs.Score([new("lifting a bag", 5)]).Score;
        var cli = Questionnaires.Score("psfs", """{"activities":[{"name":"lifting a bag","score":5}]}""").Score;

        typed.ShouldBe(cli);
    }

    [Fact]
    public void More_than_five_activities_or_none_are_rejected()
    {
        Psfs.Score([]).Score.ShouldBeNull();
        Psfs.Score([.. Enumerable.Range(1, 6).Select(i => new PsfsActivity($"activity {i}", 5))]).Problems.ShouldNotBeEmpty();
    }

    [Fact]
    public void A_rating_outside_zero_to_ten_names_the_activity_by_its_position() =>
        Psfs.Score([new("walking", 4), new("bending", 11)]).Problems.Select(p => p.Path).ShouldBe(["answers.activities[1].score"]);

    [Fact]
    public void Stored_answers_give_back_the_activities()
    {
        PsfsActivity[] activities = [new("carrying shopping \"bags\"", 2), new("driving", 7)];

        Psfs.Activities(Psfs.AnswersJson(activities)).ShouldBe(activities);
    }
}
