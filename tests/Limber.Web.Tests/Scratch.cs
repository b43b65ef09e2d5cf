using Limber.Web.Tests.Support;
using Limber.Web.Tests.Api;
namespace Limber.Web.Tests;
public sealed class Scratch(LimberWebFactory app) : IClassFixture<LimberWebFactory>
{
    [Fact]
    public async Task Debug()
    {
        using var client = app.CreateClient();
        var (_, sessionId, plan) = await Seed.SessionAsync(app);
        using var r = await client.PostJsonAsync($"/api/sessions/{sessionId}/progress", new { blockIndex = 0, exerciseId = "x", outcome = "done" });
        throw new InvalidOperationException($"{r.StatusCode} {r.Content.Headers.ContentType} {await r.Content.ReadAsStringAsync()}");
    }
}
