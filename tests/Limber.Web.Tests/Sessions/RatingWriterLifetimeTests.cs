using Limber.Web.Sessions;
using Limber.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Limber.Web.Tests.Sessions;

/// <summary>The rating writer survives a failed batch and writes what is queued before the host stops.</summary>
public sealed class RatingWriterLifetimeTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>
{
    [Fact]
    public async Task An_unexpected_failure_fails_only_its_batch_and_the_writer_keeps_serving()
    {
        var (_, sessionId, _) = await Seed.SessionAsync(app);
        var scopes = new FailingOnce(app.Services.GetRequiredService<IServiceScopeFactory>());
        var writer = new RatingWriter(scopes, NullLogger<RatingWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);

        var failed = await Should.ThrowAsync<InvalidOperationException>(() => writer.SaveAsync(Rating(sessionId, 5), CancellationToken.None));
        var saved = await writer.SaveAsync(Rating(sessionId, 2), CancellationToken.None);
        await writer.StopAsync(CancellationToken.None);

        failed.Message.ShouldBe("unexpected");
        saved.ShouldBeTrue();
        (await app.WithDbAsync(db => db.Ratings.AsNoTracking().SingleAsync(r => r.SessionRunId == sessionId))).PainAfter.ShouldBe(2);
    }

    [Fact]
    public async Task Ratings_still_queued_at_shutdown_are_written_before_it_stops()
    {
        var sessions = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            sessions.Add((await Seed.SessionAsync(app)).SessionId);
        }

        var writer = new RatingWriter(app.Services.GetRequiredService<IServiceScopeFactory>(), NullLogger<RatingWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);

        var pending = sessions.Select(id => writer.SaveAsync(Rating(id, 3), CancellationToken.None)).ToList();
        await writer.StopAsync(CancellationToken.None);

        (await Task.WhenAll(pending)).ShouldAllBe(saved => saved);
        (await app.WithDbAsync(db => db.Ratings.CountAsync(r => sessions.Contains(r.SessionRunId)))).ShouldBe(sessions.Count);
        await Should.ThrowAsync<InvalidOperationException>(() => writer.SaveAsync(Rating(sessions[0], 1), CancellationToken.None));
    }

    private PendingRating Rating(Guid sessionId, int pain) => new(sessionId, pain, 3, "right", null, app.Clock.GetUtcNow().UtcDateTime, Limber.Data.Owners.Local);

    /// <summary>Throws once, as an unexpected bug would, then behaves.</summary>
    private sealed class FailingOnce(IServiceScopeFactory inner) : IServiceScopeFactory
    {
        private int _calls;

        public IServiceScope CreateScope() =>
            Interlocked.Increment(ref _calls) == 1 ? throw new InvalidOperationException("unexpected") : inner.CreateScope();
    }
}
