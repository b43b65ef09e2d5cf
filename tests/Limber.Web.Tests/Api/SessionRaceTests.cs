using System.Net;
using Limber.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Tests.Api;

/// <summary>
/// Requests that arrive at the same moment, against the real SQLite file: released together from
/// a barrier on separate threads, many times over, so a rule held only in memory would fail.
/// </summary>
public sealed class SessionRaceTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>
{
    private const int Rounds = 20;

    [Fact]
    public async Task Two_finishes_at_once_leave_one_of_them_whole_and_the_other_a_conflict()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var (_, sessionId, _) = await Seed.SessionAsync(app);

            var statuses = await AtOnceAsync(
                client => client.PostJsonAsync($"/api/sessions/{sessionId}/finish", new { stoppedFor = (string?)null }),
                client => client.PostJsonAsync($"/api/sessions/{sessionId}/finish", new { stoppedFor = "leg-symptoms" }));

            statuses.Order().ShouldBe([HttpStatusCode.NoContent, HttpStatusCode.Conflict]);
            var session = await app.WithDbAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId));
            (session.Completed && session.StoppedFor is null || !session.Completed && session.StoppedFor == "leg-symptoms").ShouldBeTrue(
                $"round {round}: completed {session.Completed} with stoppedFor {session.StoppedFor}");
        }
    }

    [Fact]
    public async Task Two_progress_writes_to_the_same_new_block_at_once_both_succeed_as_one_row()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var (_, sessionId, plan) = await Seed.SessionAsync(app);
            var exercise = plan.Session!.Blocks[1].ExerciseId;

            var statuses = await AtOnceAsync(
                client => client.PostJsonAsync($"/api/sessions/{sessionId}/progress", new { blockIndex = 1, exerciseId = exercise, outcome = "done" }),
                client => client.PostJsonAsync($"/api/sessions/{sessionId}/progress", new { blockIndex = 1, exerciseId = exercise, outcome = "skipped" }));

            statuses.ShouldAllBe(s => s == HttpStatusCode.NoContent);
            (await app.WithDbAsync(db => db.BlockProgress.CountAsync(p => p.SessionRunId == sessionId))).ShouldBe(1);
        }
    }

    [Fact]
    public async Task A_double_clicked_start_makes_one_session()
    {
        using var browser = app.CreateBrowser();
        for (var round = 0; round < Rounds / 2; round++)
        {
            var planId = await Journeys.CheckInAsync(browser, app.Clock.GetUtcNow());
            var form = (await browser.OpenAsync($"/plans/{planId}")).FormOf("#start-session");

            var locations = await AtOnceAsync(browser, form, form);

            locations.Distinct().ShouldHaveSingleItem();
            (await app.WithDbAsync(db => db.Sessions.CountAsync(s => s.PlanId == planId))).ShouldBe(1);
        }
    }

    [Fact]
    public async Task A_double_submitted_check_in_makes_one_plan()
    {
        using var browser = app.CreateBrowser();
        for (var round = 0; round < Rounds / 2; round++)
        {
            var before = await app.WithDbAsync(db => db.Plans.CountAsync());
            var form = await Journeys.FilledCheckInAsync(browser, app.Clock.GetUtcNow());

            var locations = await AtOnceAsync(browser, form, form);

            locations.Distinct().ShouldHaveSingleItem();
            (await app.WithDbAsync(db => db.Plans.CountAsync())).ShouldBe(before + 1);
        }
    }

    [Fact]
    public async Task A_check_in_form_sent_again_with_changed_answers_gets_a_plan_for_the_new_answers()
    {
        using var browser = app.CreateBrowser();
        var form = await Journeys.FilledCheckInAsync(browser, app.Clock.GetUtcNow());
        using var first = await browser.SubmitAsync(form);

        using var changed = await browser.SubmitAsync(form.Check("Form.RedFlags", "saddle-numbness"));

        var firstPlan = Journeys.PlanIdOf(Browser.LocationOf(first));
        var secondPlan = Journeys.PlanIdOf(Browser.LocationOf(changed));
        secondPlan.ShouldNotBe(firstPlan);
        (await app.WithDbAsync(db => db.Plans.SingleAsync(p => p.Id == secondPlan))).Status.ShouldBe("emergency");
    }

    private async Task<HttpStatusCode[]> AtOnceAsync(params Func<HttpClient, Task<HttpResponseMessage>>[] requests)
    {
        var clients = requests.Select(_ => app.CreateClient()).ToArray();
        try
        {
            using var barrier = new Barrier(requests.Length);
            var responses = await Task.WhenAll(requests.Select((send, i) => Task.Run(async () =>
            {
                barrier.SignalAndWait();
                using var response = await send(clients[i]);
                return response.StatusCode;
            })));
            return responses;
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }

    private static async Task<string[]> AtOnceAsync(Browser browser, params FormData[] forms)
    {
        using var barrier = new Barrier(forms.Length);
        return await Task.WhenAll(forms.Select(form => Task.Run(async () =>
        {
            barrier.SignalAndWait();
            using var response = await browser.SubmitAsync(form);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
            return Browser.LocationOf(response);
        })));
    }
}
