using System.Globalization;
using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests.Pages;

/// <summary>What is on the screen as the person holding the device sees it: the viewport, not the page.</summary>
public static class OnScreen
{
    /// <summary>Fails unless the element is visible and wholly inside the viewport, with the page scrolled to the top.</summary>
    public static async Task ShouldBeOnScreenAsync(this ILocator locator)
    {
        ArgumentNullException.ThrowIfNull(locator);
        var viewport = locator.Page.ViewportSize ?? throw new InvalidOperationException("The page has no viewport.");
        (await locator.Page.EvaluateAsync<double>("() => window.scrollY")).ShouldBe(0);
        (await locator.IsVisibleAsync()).ShouldBeTrue($"{locator} is visible");
        var box = await BoxAsync(locator);
        var where = string.Create(CultureInfo.InvariantCulture, $"{locator} at {box.X},{box.Y} size {box.Width}×{box.Height} in {viewport.Width}×{viewport.Height}");
        box.X.ShouldBeGreaterThanOrEqualTo(0, where);
        box.Y.ShouldBeGreaterThanOrEqualTo(0, where);
        (box.X + box.Width).ShouldBeLessThanOrEqualTo(viewport.Width, where);
        (box.Y + box.Height).ShouldBeLessThanOrEqualTo(viewport.Height, where);
    }

    public static async Task<LocatorBoundingBoxResult> BoxAsync(this ILocator locator)
    {
        ArgumentNullException.ThrowIfNull(locator);
        return await locator.BoundingBoxAsync() ?? throw new InvalidOperationException($"{locator} is not drawn.");
    }

    /// <summary>The computed font size in CSS pixels.</summary>
    public static async Task<double> FontSizeAsync(this ILocator locator)
    {
        ArgumentNullException.ThrowIfNull(locator);
        return double.Parse(await locator.EvaluateAsync<string>("e => getComputedStyle(e).fontSize.replace('px', '')"), CultureInfo.InvariantCulture);
    }

    /// <summary>Saves the viewport alone (no full-page capture) under the screenshots folder.</summary>
    public static Task<byte[]> ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LimberServer.ScreenshotFolder, name + ".png") });
    }
}
