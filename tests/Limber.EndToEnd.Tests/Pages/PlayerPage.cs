using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests.Pages;

/// <summary>
/// The guided player, driven through its buttons and read through its test hook
/// (<c>window.limberPlayer.state()</c>). Time moves only with the browser clock the test controls.
/// </summary>
public sealed partial class PlayerPage(IPage page)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static class Selectors
    {
        public const string Player = "#player";
        public const string Start = "#player-start";
        public const string Pause = "#player-pause";
        public const string Skip = "#player-skip";
        public const string Back = "#player-back";
        public const string SkipBlock = "#player-skip-block";
        public const string Hurts = "#player-hurts";
        public const string Time = "#player-time";
        public const string Step = "#player-step";
        public const string Side = "#player-side";
        public const string Exercise = "#player-exercise";
        public const string Alert = "#player-alert";
        public const string Rate = "#player-rate";
        public const string Dialog = "#player-dialog";
        public const string HurtsEasier = "#hurts-easier";
        public const string HurtsLeg = "#hurts-leg";
        public const string HurtsStop = "#hurts-stop";
        public const string HurtsCancel = "#hurts-cancel";
        public const string SessionData = "#session-data";

        public static string PlayerIn(string state) => $"#player[data-state='{state}']";
    }

    public static Regex Address { get; } = AddressPattern();

    /// <summary>What the hook reports once the whole session has run.</summary>
    public static PlayerState Finished { get; } = new(null, "finished", null, 0, Running: false);

    public IPage Page => page;

    public Guid SessionId => Guid.Parse(Address.Match(page.Url).Groups["id"].Value);

    /// <summary>Waits for the player script to have drawn its first state.</summary>
    public async Task WaitUntilShownAsync()
    {
        await page.Locator($"{Selectors.Player}[data-state]").WaitForAsync();
        await page.WaitForFunctionAsync("() => typeof window.limberPlayer === 'object'", null, new PageWaitForFunctionOptions { PollingInterval = 50 });
    }

    public async Task<PlayerState> StateAsync() =>
        (await page.EvaluateAsync<JsonElement>("() => window.limberPlayer.state()")).Deserialize<PlayerState>(Json)
        ?? throw new InvalidOperationException("The player has no state.");

    public async Task StartAsync()
    {
        await page.ClickAsync(Selectors.Start);
        await page.Locator(Selectors.PlayerIn("running")).WaitForAsync();
    }

    /// <summary>Moves the browser clock on, firing every timer on the way (the player ticks every 250 ms).</summary>
    public Task RunForAsync(TimeSpan time) => page.Clock.RunForAsync((long)time.TotalMilliseconds);

    /// <summary>Jumps the browser clock on, firing due timers at most once: a lid closed and opened again.</summary>
    public Task FastForwardAsync(TimeSpan time) => page.Clock.FastForwardAsync((long)time.TotalMilliseconds);

    /// <summary>
    /// Runs the clock in steps until the state satisfies <paramref name="until"/>, and returns
    /// every state seen on the way (the last one satisfies it). Fails after <paramref name="limit"/> of browser time.
    /// </summary>
    public async Task<IReadOnlyList<PlayerState>> RunUntilAsync(Func<PlayerState, bool> until, TimeSpan step, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(until);
        var seen = new List<PlayerState> { await StateAsync() };
        for (var ran = TimeSpan.Zero; !until(seen[^1]); ran += step)
        {
            if (ran > limit)
            {
                throw new TimeoutException($"After {limit} of browser time the player was still at {seen[^1]}.");
            }

            try
            {
                await RunForAsync(step);
                seen.Add(await StateAsync());
            }
            catch (PlaywrightException) when (RatePage.Address.IsMatch(page.Url))
            {
                // The clock ran on past the end and the player already moved on to the rating,
                // which it does only once the session is finished and saved.
                seen.Add(Finished);
            }
        }

        return seen;
    }

    /// <summary>
    /// After the end of the session the player saves it, then moves on to the rating a moment
    /// later on a browser timer: keep the clock running until the rating page is there.
    /// </summary>
    public async Task<RatePage> WaitForRatePageAsync(TimeSpan timeout)
    {
        var started = DateTime.UtcNow;
        while (!RatePage.Address.IsMatch(page.Url))
        {
            if (DateTime.UtcNow - started > timeout)
            {
                throw new TimeoutException($"The player did not move on to the rating page; it is at {page.Url}.");
            }

            try
            {
                await page.Clock.RunForAsync(250);
            }
            catch (PlaywrightException)
            {
                // The page navigated while the clock was moving.
            }

            // Polled rather than awaited with a timeout, so a passing test throws no timeout (see BrowserTrace).
            await Task.Delay(100);
        }

        var rate = new RatePage(page);
        await rate.WaitUntilShownAsync();
        return rate;
    }

    /// <summary>Pretends the tab is hidden (or shown again) the way a browser tells a page: visibilityState and the event.</summary>
    public Task SetHiddenAsync(bool hidden) => page.EvaluateAsync(
        """
        hidden => {
          if (hidden) {
            Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
            Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
          } else {
            delete document.visibilityState;
            delete document.hidden;
          }
          document.dispatchEvent(new Event('visibilitychange'));
        }
        """,
        hidden);

    [GeneratedRegex(@"/sessions/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex AddressPattern();
}

/// <summary>What <c>window.limberPlayer.state()</c> returns.</summary>
public sealed record PlayerState(int? BlockIndex, string? StepKind, string? Side, int RemainingSeconds, bool Running);
