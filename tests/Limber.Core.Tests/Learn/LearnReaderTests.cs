using Limber.Core.Catalog;
using Limber.Core.Learn;

namespace Limber.Core.Tests.Learn;

public class LearnReaderTests
{
    private const string Article = """
        ---
        title: Why staying active beats rest
        summary: Keep moving.
        order: 1
        sources: [S0, NICE-NG59]
        exercises: [cat-cow]
        explains: [stay-active]
        ---
        Moving helps {S0}.

        Guidelines agree {NICE-NG59}. Try [cat-cow](/exercises/cat-cow).
        """;

    private static KnowledgeBase Knowledge => KnowledgeBase.Embedded;

    private static LearnLoad ReadOne(string text, string path = "content/learn/staying-active.md") =>
        LearnReader.Read([new ContentFile(path, text)], Knowledge);

    [Fact]
    public void The_shipped_articles_are_valid_and_at_least_eight()
    {
        var load = LearnReader.Read(LearnFiles.FromContentDirectory(RepositoryPaths.Combine("content")), Knowledge);

        load.Problems.ShouldBeEmpty();
        load.Library.ShouldNotBeNull().Articles.Count.ShouldBeGreaterThanOrEqualTo(8);
        LearnLibrary.Embedded.Articles.Select(a => a.Slug).ShouldBe(load.Library.Articles.Select(a => a.Slug));
    }

    [Fact]
    public void Every_shipped_article_has_references_related_exercises_and_a_read_time()
    {
        foreach (var article in LearnLibrary.Embedded.Articles)
        {
            article.Sources.ShouldNotBeEmpty(article.Slug);
            article.Exercises.ShouldNotBeEmpty(article.Slug);
            article.ReadTime.ShouldMatch(@"^\d+ min read$", article.Slug);
        }
    }

    [Theory]
    [InlineData("tightness-and-stiffness")]
    [InlineData("staying-active")]
    [InlineData("heat-or-cold")]
    [InlineData("sitting-standing-posture")]
    [InlineData("red-flags-explained")]
    [InlineData("progression-rule")]
    [InlineData("exercise-in-pregnancy")]
    [InlineData("exercise-with-osteoporosis")]
    public void The_issue_s_eight_topics_each_have_an_article(string slug) =>
        LearnLibrary.Embedded.Find(slug).ShouldNotBeNull();

    [Fact]
    public void An_article_is_read_with_its_front_matter_and_numbered_sources()
    {
        var article = ReadOne(Article).Library.ShouldNotBeNull().Find("staying-active").ShouldNotBeNull();

        article.Title.ShouldBe("Why staying active beats rest");
        article.Page.ShouldBe("/learn/staying-active");
        article.ReferenceNumber("S0").ShouldBe(1);
        article.ReferenceNumber("NICE-NG59").ShouldBe(2);
        article.ReadTime.ShouldBe("1 min read");
        article.Body.ShouldStartWith("Moving helps");
    }

    [Fact]
    public void References_are_numbered_in_the_order_the_text_first_cites_them()
    {
        var article = ReadOne(Article.Replace("[S0, NICE-NG59]", "[NICE-NG59, S0]", StringComparison.Ordinal))
            .Library.ShouldNotBeNull().Articles.Single();

        article.Sources.ShouldBe(["S0", "NICE-NG59"]);
    }

    [Fact]
    public void Read_time_rounds_up_at_a_careful_reading_pace()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", LearnReader.WordsPerMinute + 1));

        LearnReader.ReadMinutes(words).ShouldBe(2);
        LearnReader.ReadMinutes("one {S0} two").ShouldBe(1);
    }

    [Fact]
    public void An_unknown_source_and_exercise_in_the_front_matter_are_problems_at_their_lines()
    {
        var load = ReadOne(Article.Replace("[S0, NICE-NG59]", "[S0, NICE-NG59, NOPE-1]", StringComparison.Ordinal)
            .Replace("[cat-cow]", "[cat-cow, flying-leap]", StringComparison.Ordinal));

        load.Library.ShouldBeNull();
        load.Problems.Select(p => p.ToString()).ShouldBe(
        [
            "content/learn/staying-active.md:5: unknown source 'NOPE-1' in 'sources'",
            "content/learn/staying-active.md:6: unknown exercise or therapy 'flying-leap' in 'exercises'",
        ]);
    }

    [Fact]
    public void A_citation_missing_from_the_sources_and_a_link_to_an_unknown_exercise_are_problems_at_their_lines()
    {
        var load = ReadOne(Article.Replace("Moving helps {S0}.", "Moving helps {S0} {ACP-2017}.", StringComparison.Ordinal)
            .Replace("(/exercises/cat-cow)", "(/exercises/cat-crow)", StringComparison.Ordinal));

        load.Problems.Select(p => p.ToString()).ShouldBe(
        [
            "content/learn/staying-active.md:9: source 'ACP-2017' is cited but not listed in 'sources'",
            "content/learn/staying-active.md:11: link to unknown exercise '/exercises/cat-crow'",
        ]);
    }

    [Fact]
    public void A_listed_source_that_is_never_cited_is_a_problem()
    {
        var load = ReadOne(Article.Replace("Guidelines agree {NICE-NG59}.", "Guidelines agree.", StringComparison.Ordinal));

        load.Problems.Select(p => p.ToString()).ShouldBe(["content/learn/staying-active.md:5: source 'NICE-NG59' is listed in 'sources' but never cited as {NICE-NG59} in the text"]);
    }

    [Fact]
    public void An_article_without_front_matter_or_with_an_unknown_field_says_so()
    {
        ReadOne("Just text.").Problems.Single().ToString()
            .ShouldBe("content/learn/staying-active.md:1: an article starts with front matter between two '---' lines");
        ReadOne(Article.Replace("order: 1", "order: 1\nauthor: me", StringComparison.Ordinal)).Problems.Single().ToString()
            .ShouldStartWith("content/learn/staying-active.md:5: unknown field 'author'");
    }

    [Fact]
    public void An_article_with_no_sources_or_exercises_is_a_problem()
    {
        var load = ReadOne(Article.Replace("[S0, NICE-NG59]", "[]", StringComparison.Ordinal)
            .Replace("[cat-cow]", "[]", StringComparison.Ordinal)
            .Replace("{S0}", "", StringComparison.Ordinal)
            .Replace("{NICE-NG59}", "", StringComparison.Ordinal));

        load.Problems.Select(p => p.Message).ShouldBe(["'sources' must not be empty", "'exercises' must not be empty"]);
    }

    [Fact]
    public void The_plan_s_advice_codes_lead_to_the_article_that_explains_them()
    {
        LearnLibrary.Embedded.Explaining("pregnancy").ShouldNotBeNull().Slug.ShouldBe("exercise-in-pregnancy");
        LearnLibrary.Embedded.Explaining("osteoporosis").ShouldNotBeNull().Slug.ShouldBe("exercise-with-osteoporosis");
        LearnLibrary.Embedded.Explaining("thermal").ShouldNotBeNull().Slug.ShouldBe("heat-or-cold");
        LearnLibrary.Embedded.Explaining("stage").ShouldNotBeNull().Slug.ShouldBe("progression-rule");
        LearnLibrary.Embedded.Explaining("no-such-topic").ShouldBeNull();
    }
}
