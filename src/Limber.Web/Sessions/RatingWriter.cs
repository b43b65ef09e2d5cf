using System.Threading.Channels;
using Limber.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Sessions;

/// <summary>One rating to save for its owner (the person who sent it), and the caller waiting to hear it is on disk.</summary>
public sealed record PendingRating(Guid SessionId, int PainAfter, int StiffnessAfter, string Difficulty, string? Note, DateTime At, string OwnerId)
{
    public TaskCompletionSource<bool> Saved { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>
/// The one write path for ratings, used by the rating page and the API alike. Group commit:
/// SQLite takes one writer at a time, so ratings that arrive together are written in one
/// transaction. A caller is answered only after its transaction commits — nothing acknowledged is
/// lost — and a busy moment costs one commit instead of many. A failed batch fails only its
/// callers (the host keeps running), and ratings still queued at shutdown are written first.
/// </summary>
public sealed partial class RatingWriter(IServiceScopeFactory scopes, ILogger<RatingWriter> logger) : BackgroundService
{
    private const int MaxBatch = 256;

    private readonly Channel<PendingRating> _queue = Channel.CreateUnbounded<PendingRating>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues a rating; completes true when saved, false when the session does not exist.</summary>
    public async Task<bool> SaveAsync(PendingRating rating, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rating);
        if (!_queue.Writer.TryWrite(rating))
        {
            throw new InvalidOperationException("Limber is shutting down; the rating was not queued.");
        }

        return await rating.Saved.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Takes no more ratings, and lets the ones queued be written before the host stops.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);

        // A stop that comes before the background loop has started cancels it unrun: write what is
        // still queued here, so no caller waits for ever.
        while (_queue.Reader.TryRead(out var left))
        {
            await WriteBatchAsync([left]);
        }
    }

    private async Task WriteBatchAsync(List<PendingRating> batch)
    {
        try
        {
            var results = await WriteAsync(batch, CancellationToken.None);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Saved.TrySetResult(results[i]);
            }
        }
#pragma warning disable CA1031 // Any failure of one batch fails its callers; the writer must keep serving the next.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogBatchFailed(logger, batch.Count, e);
            batch.ForEach(r => r.Saved.TrySetException(e));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Batches are written to the end even while stopping: a caller may be waiting on each.
        var batch = new List<PendingRating>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            await WriteBatchAsync(batch);
        }
    }

    /// <summary>
    /// Writes a batch in one transaction. Several ratings of one session in a batch end as the
    /// last of them, exactly as if each were written in turn, so only the last is written.
    /// </summary>
    private async Task<bool[]> WriteAsync(List<PendingRating> batch, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<LimberDb>>().CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // A batch may hold several people's ratings: each is written as its owner, who sees only their own sessions.
        var last = new Dictionary<Guid, int>();
        for (var i = 0; i < batch.Count; i++)
        {
            last[batch[i].SessionId] = i;
        }

        var written = new Dictionary<Guid, bool>();
        foreach (var (sessionId, index) in last)
        {
            written[sessionId] = await WriteOneAsync(db, batch[index], cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return [.. batch.Select(r => written[r.SessionId])];
    }

    private static async Task<bool> WriteOneAsync(LimberDb db, PendingRating r, CancellationToken cancellationToken)
    {
        db.OwnerId = r.OwnerId;
        if (r.OwnerId == Owners.Nobody)
        {
            return false;
        }

        // Plain SQL with the owner named in it: one loop writes every rating, and EF Core's ExecuteUpdate did a query's
        // work for each of them (parameter extraction, the query cache, SQL with the owner filter as a subquery).
        var updated = await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE "Ratings" SET "PainAfter" = {r.PainAfter}, "StiffnessAfter" = {r.StiffnessAfter}, "Difficulty" = {r.Difficulty}, "Note" = {r.Note}
            WHERE "SessionRunId" = {r.SessionId} AND "OwnerId" = {r.OwnerId}
            """,
            cancellationToken);
        if (updated > 0)
        {
            return true;
        }

        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == r.SessionId, cancellationToken);
        if (session is null)
        {
            return false;
        }

        session.EndedAt ??= r.At;
        db.Ratings.Add(new Rating
        {
            Id = Guid.NewGuid(),
            SessionRunId = r.SessionId,
            PainAfter = r.PainAfter,
            StiffnessAfter = r.StiffnessAfter,
            Difficulty = r.Difficulty,
            Note = r.Note,
            CreatedAt = r.At,
        });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Saving a batch of {Count} ratings failed")]
    private static partial void LogBatchFailed(ILogger logger, int count, Exception exception);
}
