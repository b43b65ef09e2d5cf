using System.Net.Http.Json;
using System.Text.Json;

namespace Limber.EndToEnd.Tests;

/// <summary>The server's view of a session, through the app's own HTTP API (what the player uses to resume).</summary>
public sealed class SessionApi(string baseUrl) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http = new() { BaseAddress = new Uri(baseUrl + "/") };

    public async Task<SessionState> GetAsync(Guid id) =>
        await _http.GetFromJsonAsync<SessionState>($"api/sessions/{id}", Json) ?? throw new InvalidOperationException($"No session {id}.");

    /// <summary>Polls the session until <paramref name="until"/> holds; fails with the last state seen.</summary>
    public async Task<SessionState> WaitForAsync(Guid id, Func<SessionState, bool> until, string what, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(until);
        var limit = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        for (; ; )
        {
            var state = await GetAsync(id);
            if (until(state))
            {
                return state;
            }

            if (DateTime.UtcNow > limit)
            {
                throw new TimeoutException($"Waited for the session to be {what}; it is {JsonSerializer.Serialize(state, Json)}.");
            }

            await Task.Delay(100);
        }
    }

    public async Task FinishAsync(Guid id, string? stoppedFor = null) =>
        (await _http.PostAsJsonAsync($"api/sessions/{id}/finish", new { stoppedFor }, Json)).EnsureSuccessStatusCode();

    public async Task RateAsync(Guid id, int painAfter, int stiffnessAfter, string difficulty, string? note = null) =>
        (await _http.PostAsJsonAsync($"api/sessions/{id}/rating", new { painAfter, stiffnessAfter, difficulty, note }, Json)).EnsureSuccessStatusCode();

    public void Dispose() => _http.Dispose();
}

/// <summary>GET /api/sessions/{id}.</summary>
public sealed record SessionState(Guid Id, Guid PlanId, bool Ended, bool Completed, string? StoppedFor, IReadOnlyList<BlockState> Blocks, bool Rated);

public sealed record BlockState(int BlockIndex, string ExerciseId, string Outcome);
