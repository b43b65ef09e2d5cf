using Limber.Web.Pages;
using Limber.Web.Tests.Support;

namespace Limber.Web.Tests.Pages;

/// <summary>One label map for every contract code, used by every page.</summary>
public sealed class LabelsTests
{
    public static TheoryData<string> Lists => [.. Labels.All().Select(l => l.Name)];

    [Theory]
    [MemberData(nameof(Lists))]
    public void Every_code_of_the_contract_list_has_words_and_no_words_are_for_codes_outside_it(string name)
    {
        var (_, labels, contract) = Labels.All().Single(l => l.Name == name);

        labels.Codes.ShouldBe(contract, ignoreOrder: true);
        foreach (var code in contract)
        {
            labels[code].ShouldNotBeNullOrWhiteSpace(code);
        }
    }

    [Fact]
    public async Task Home_and_history_say_a_stop_reason_in_the_same_words()
    {
        using var app = new LimberWebFactory();
        using var browser = app.CreateBrowser();
        var (_, session) = await Journeys.StartTodaysSessionAsync(browser, app.Clock.GetUtcNow());
        await Journeys.FinishAsync(browser, session, "leg-symptoms");

        var home = await browser.GetAsync("/");
        var history = await browser.GetAsync("/history");

        home.Text.ShouldContain("stopped (leg symptoms)");
        history.Text.ShouldContain("stopped (leg symptoms)");
        home.Text.ShouldNotContain("leg-symptoms");
    }
}
