using System.Threading.Channels;
using Limber.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Api;

/// <summary>One rating to save, and the caller waiting to hear it is on disk.</summary>
public sealed record PendingRating(Guid SessionId, int PainAfter, int StiffnessAfter, string Difficulty, string? Note, DateTime At)
{
    public TaskCompletionSource<bool> Saved { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>
/// Group commit for ratings: SQLite takes one writer at a time, so ratings that arrive together
/// are written in one transaction. A caller is answered only after its transaction commits —
/// nothing acknowledged is lost — and a busy moment costs one commit instead of many.
/// </summary>
public sealed partial class RatingWriter(IServiceScopeFactory scopes, ILogger<RatingWriter> logger) : BackgroundService
{
    private const int MaxBatch = 256;

    private readonly Channel<PendingRating> _queue = Channel.CreateUnbounded<PendingRating>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues a rating; completes true when saved, false when the session does not exist.</summary>
    public async Task<bool> SaveAsync(PendingRating rating, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rating);
        await _queue.Writer.WriteAsync(rating, cancellationToken);
        return await rating.Saved.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingRating>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            try
            {
                var results = await WriteAsync(batch, stoppingToken);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Saved.TrySetResult(results[i]);
                }
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
            {
                LogBatchFailed(logger, batch.Count, e);
                batch.ForEach(r => r.Saved.TrySetException(e));
            }
        }
    }

    /// <summary>
    /// Writes a batch in one transaction. Several ratings of one session in a batch end as the
    /// last of them, exactly as if each were written in turn, so only the last is written.
    /// </summary>
    private async Task<bool[]> WriteAsync(List<PendingRating> batch, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LimberDb>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
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
        var updated = await db.Ratings.Where(x => x.SessionRunId == r.SessionId).ExecuteUpdateAsync(
            set => set
                .SetProperty(x => x.PainAfter, r.PainAfter)
                .SetProperty(x => x.StiffnessAfter, r.StiffnessAfter)
                .SetProperty(x => x.Difficulty, r.Difficulty)
                .SetProperty(x => x.Note, r.Note),
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
