using Microsoft.EntityFrameworkCore;

namespace Limber.Data;

/// <summary>"Delete everything": the person's rows, and on SQLite every trace of them in the database files.</summary>
public static class Erasure
{
    /// <summary>
    /// Deletes every row of the context's owner in one transaction (other owners' rows are not touched: the
    /// owner filter applies to each delete). On SQLite it then rewrites the file (<c>VACUUM</c>) and empties the
    /// write-ahead log, so no deleted text lingers in free pages or old log frames; the rewrite's scratch copy
    /// is kept in memory, never in a temporary file. With <paramref name="account"/> (hosted mode) the account
    /// goes too: its sign-in, passkeys and tokens. Returns the number of rows deleted.
    /// </summary>
    public static async Task<int> DeleteEverythingAsync(this LimberDb db, bool account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sqlite = db.Database.IsSqlite();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (sqlite)
            {
                // Deleted cells are overwritten with zeros on this connection, in the file and in the log frames it writes.
                await db.Database.ExecuteSqlRawAsync("PRAGMA secure_delete = ON;", cancellationToken);
            }

            var deleted = 0;
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                // Children before parents, so no foreign key is ever left pointing at a deleted row.
                deleted += await db.BlockProgress.ExecuteDeleteAsync(cancellationToken);
                deleted += await db.Ratings.ExecuteDeleteAsync(cancellationToken);
                deleted += await db.Sessions.ExecuteDeleteAsync(cancellationToken);
                deleted += await db.Plans.ExecuteDeleteAsync(cancellationToken);
                deleted += await db.CheckIns.ExecuteDeleteAsync(cancellationToken);
                deleted += await db.Questionnaires.ExecuteDeleteAsync(cancellationToken);
                deleted += await db.Reminders.ExecuteDeleteAsync(cancellationToken);
                deleted += await db.Feedback.ExecuteDeleteAsync(cancellationToken);
                deleted += await db.Invites.ExecuteDeleteAsync(cancellationToken);
                if (account)
                {
                    var owner = db.OwnerId;
                    deleted += await db.UserPasskeys.Where(p => p.UserId == owner).ExecuteDeleteAsync(cancellationToken);
                    deleted += await db.UserTokens.Where(t => t.UserId == owner).ExecuteDeleteAsync(cancellationToken);
                    deleted += await db.UserLogins.Where(l => l.UserId == owner).ExecuteDeleteAsync(cancellationToken);
                    deleted += await db.UserClaims.Where(c => c.UserId == owner).ExecuteDeleteAsync(cancellationToken);
                    deleted += await db.Users.Where(u => u.Id == owner).ExecuteDeleteAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }

            if (sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
                await db.Database.ExecuteSqlRawAsync("PRAGMA temp_store = MEMORY;", cancellationToken);
                await db.Database.ExecuteSqlRawAsync("VACUUM;", cancellationToken);
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
            }

            return deleted;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
