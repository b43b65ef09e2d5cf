using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests;

/// <summary>
/// Every page from <see cref="LimberServer.NewPageAsync"/> is traced (Playwright: actions, DOM snapshots,
/// screenshots, network). When its test fails — an assertion or a Playwright wait failed while the trace ran —
/// the trace is saved as <c>traces/TEST-TIME.zip</c> beside the screenshots, to open with
/// <c>npx playwright show-trace FILE</c>; otherwise it is dropped. A failure is seen when it is thrown
/// (first chance), so it is known before the test's <c>await using</c> disposes the trace. Test classes run in
/// parallel, so a failure elsewhere at the same moment can keep a passing test's trace too: one file too
/// many, never one too few.
/// </summary>
public sealed class BrowserTrace : IAsyncDisposable
{
    private static int _failures;

    private readonly IBrowserContext _context;

    private readonly int _failuresAtStart;

    private readonly string _test;

    static BrowserTrace() =>
        AppDomain.CurrentDomain.FirstChanceException += (_, e) =>
        {
            if (IsFailure(e.Exception))
            {
                Interlocked.Increment(ref _failures);
            }
        };

    /// <summary>Ties the page's trace to the calling test; disposing it closes the page's context.</summary>
    public BrowserTrace(IPage page, [CallerMemberName] string test = "")
    {
        ArgumentNullException.ThrowIfNull(page);
        _context = page.Context;
        _failuresAtStart = Volatile.Read(ref _failures);
        _test = test;
    }

    /// <summary>Where failed tests' traces are saved.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "traces");

    /// <summary>The path of the last trace saved, for the test of this class.</summary>
    public string? SavedTo { get; private set; }

    public static Task StartAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true, Sources = false });
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (Volatile.Read(ref _failures) > _failuresAtStart)
            {
                Directory.CreateDirectory(Folder);
                var name = _test.Length > 80 ? _test[..80] : _test;
                SavedTo = Path.Combine(Folder, $"{name}-{DateTime.UtcNow:HHmmssfff}.zip");
                await _context.Tracing.StopAsync(new TracingStopOptions { Path = SavedTo });
            }
            else
            {
                await _context.Tracing.StopAsync();
            }
        }
        finally
        {
            await _context.DisposeAsync();
        }
    }

    /// <summary>
    /// What makes a browser test fail: a Shouldly or xunit assertion, a Playwright <c>Expect</c> ("Locator
    /// expected to ..."), or a wait that timed out. The page objects poll without throwing, so a passing test
    /// raises none of these.
    /// </summary>
    private static bool IsFailure(Exception e) =>
        e is Shouldly.ShouldAssertException or Xunit.Sdk.XunitException or System.TimeoutException
        || (e is PlaywrightException && e.Message.Contains(" expected to ", StringComparison.Ordinal));
}
