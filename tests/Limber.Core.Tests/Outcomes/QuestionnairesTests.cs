using Limber.Core.Outcomes;

namespace Limber.Core.Tests.Outcomes;

public class QuestionnairesTests
{
    private static QuestionnaireScore Scored(string instrument, string json)
    {
        var result = Questionnaires.Score(instrument, json);
        result.Problems.ShouldBeEmpty();
        return result.Score.ShouldNotBeNull();
    }

    private static List<string> Problems(string instrument, string json)
    {
        var result = Questionnaires.Score(instrument, json);
        result.Score.ShouldBeNull();
        return [.. result.Problems.Select(p => p.ToString())];
    }

    [Fact]
    public void Rmdq_counts_the_ticked_items_out_of_24()
    {
        Scored("rmdq", """{"ticked":[1,5,24]}""").ShouldBe(new QuestionnaireScore("rmdq", 3, 24, null, null, null, true));
        Scored("rmdq", """{"ticked":[]}""").Score.ShouldBe(0);
    }

    [Fact]
    public void Rmdq_rejects_items_outside_1_to_24_and_items_ticked_twice()
    {
        Problems("rmdq", """{"ticked":[0,25,3,3,"4"]}""").ShouldBe(
        [
            "answers.ticked[0]: must be an item number from 1 to 24 (got 0)",
            "answers.ticked[1]: must be an item number from 1 to 24 (got 25)",
            "answers.ticked[3]: item 3 is listed twice",
            "answers.ticked[4]: must be an item number from 1 to 24 (got \"4\")",
        ]);
    }

    [Fact]
    public void Odi_is_the_percent_of_the_answered_sections_unrounded_as_on_the_official_form()
    {
        var all = Scored("odi", """{"sections":[2,3,1,2,2,1,0,3,2,0]}""");
        all.Score.ShouldBe(32.0);
        all.Band.ShouldBe("moderate");
        all.Missing.ShouldBe(0);

        var oneMissing = Scored("odi", """{"sections":[2,3,1,null,2,2,1,0,3,2]}""");
        oneMissing.Score!.Value.ShouldBe(16.0 / 45 * 100, 1e-9);
        oneMissing.Missing.ShouldBe(1);
    }

    [Theory]
    [InlineData(20.0, "minimal")]
    [InlineData(20.5, "moderate")]
    [InlineData(40.0, "moderate")]
    [InlineData(60.0, "severe")]
    [InlineData(80.0, "crippled")]
    [InlineData(80.1, "bed-bound")]
    public void Odi_bands_follow_fairbank(double percent, string band) => Questionnaires.OdiBand(percent).ShouldBe(band);

    [Fact]
    public void Odi_with_three_sections_unanswered_has_no_score_but_two_still_scores()
    {
        Scored("odi", """{"sections":[1,1,1,1,1,1,1,1,null,null]}""").Valid.ShouldBeTrue();
        var three = Scored("odi", """{"sections":[1,1,1,1,1,1,1,null,null,null]}""");
        three.ShouldBe(new QuestionnaireScore("odi", null, 100, null, null, 3, false));
    }

    [Fact]
    public void Odi_needs_exactly_ten_sections_each_0_to_5()
    {
        Problems("odi", """{"sections":[1,2]}""").ShouldHaveSingleItem().ShouldContain("exactly 10 entries");
        Problems("odi", """{"sections":[6,1,1,1,1,1,1,1,1,1]}""").ShouldBe(["answers.sections[0]: must be a section score from 0 to 5, or null when unanswered (got 6)"]);
    }

    [Theory]
    [InlineData("[0,0,0,0,0,0,0,0,2]", 0, 0, "low")]
    [InlineData("[1,1,1,0,0,0,0,0,2]", 3, 0, "low")]
    [InlineData("[1,1,1,1,0,0,0,0,2]", 4, 0, "medium")]
    [InlineData("[1,1,1,1,1,1,1,0,2]", 7, 3, "medium")]
    [InlineData("[0,0,0,0,1,1,1,0,3]", 4, 4, "high")]
    [InlineData("[1,1,1,1,1,1,1,1,4]", 9, 5, "high")]
    public void Start_back_scores_item_9_only_when_very_much_or_extremely_and_bands_by_total_and_distress_subscale(string items, int total, int subscale, string band)
    {
        var score = Scored("startback", $$"""{"items":{{items}}}""");

        score.Score.ShouldBe(total);
        score.Subscale.ShouldBe(subscale);
        score.Band.ShouldBe(band);
        score.Max.ShouldBe(9);
    }

    [Fact]
    public void Start_back_rejects_a_wrong_count_and_values_out_of_range()
    {
        Problems("startback", """{"items":[1,1]}""").ShouldHaveSingleItem().ShouldContain("exactly 9 answers");
        Problems("startback", """{"items":[2,0,0,0,0,0,0,0,5]}""").ShouldBe(
        [
            "answers.items[0]: item 1 must be 0 (disagree) or 1 (agree) (got 2)",
            "answers.items[8]: item 9 must be 0 to 4 (not at all to extremely) (got 5)",
        ]);
    }

    [Fact]
    public void Psfs_is_the_mean_of_one_to_five_activities_named_by_the_person()
    {
        Scored("psfs", """{"activities":[{"name":"tying shoes","score":4},{"name":"gardening","score":7}]}""").Score.ShouldBe(5.5);
        Problems("psfs", """{"activities":[]}""").ShouldHaveSingleItem().ShouldContain("1 to 5 activities");
        Problems("psfs", """{"activities":[{"name":"","score":11}]}""").Count.ShouldBe(2);
    }

    [Fact]
    public void Unknown_instruments_fields_and_malformed_json_are_problems_not_exceptions()
    {
        Problems("sf36", "{}").ShouldHaveSingleItem().ShouldStartWith("instrument:");
        Problems("rmdq", """{"ticked":[1],"extra":1}""").ShouldContain(p => p.StartsWith("answers.extra:", StringComparison.Ordinal));
        Problems("rmdq", "{\"ticked\":[1").ShouldHaveSingleItem().ShouldStartWith("answers: is not valid JSON");
        Problems("odi", "[]").ShouldBe(["answers: must be a JSON object"]);
    }
}

public class MeaningfulChangeTests
{
    [Theory]
    [InlineData("pain", 8, 6, true, false, true)]
    [InlineData("pain", 3, 2, false, true, true)]
    [InlineData("pain", 8, 7, false, false, false)]
    [InlineData("rmdq", 12, 7, true, true, true)]
    [InlineData("odi", 40, 32, false, false, false)]
    [InlineData("odi", 40, 28, true, true, true)]
    [InlineData("psfs", 4, 6, true, false, true)]
    [InlineData("psfs", 4, 5.5, false, false, false)]
    public void Both_flags_are_reported_the_absolute_threshold_and_thirty_percent_of_baseline(string measure, double baseline, double latest, bool absolute, bool relative, bool meaningful)
    {
        var change = MeaningfulChange.Assess(measure, baseline, latest);

        change.AbsoluteMet.ShouldBe(absolute);
        change.RelativeMet.ShouldBe(relative);
        change.Meaningful.ShouldBe(meaningful);
    }

    [Fact]
    public void A_worsening_that_meets_a_threshold_is_called_a_real_worsening()
    {
        var change = MeaningfulChange.Assess("pain", 3, 6);

        change.Improvement.ShouldBe(-3);
        change.Words.ShouldStartWith("a real worsening");
    }
}
