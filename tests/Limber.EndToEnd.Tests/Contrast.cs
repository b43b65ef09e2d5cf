using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests;

/// <summary>WCAG 2.2 text contrast of an element as the browser paints it: its colour against the first opaque background behind it.</summary>
public static class Contrast
{
    private const string Ratio = """
        (element) => {
          const parse = (c) => {
            const parts = c.match(/rgba?\(([^)]+)\)/)[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
            return { r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1 };
          };
          let behind = element;
          let background = null;
          while (behind) {
            const colour = parse(getComputedStyle(behind).backgroundColor);
            if (colour.a > 0) { background = colour; break; }
            behind = behind.parentElement;
          }
          background ??= { r: 255, g: 255, b: 255, a: 1 };
          const channel = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
          const luminance = (c) => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
          const [light, dark] = [luminance(parse(getComputedStyle(element).color)), luminance(background)].sort((x, y) => y - x);
          return (light + 0.05) / (dark + 0.05);
        }
        """;

    public static Task<double> OfAsync(ILocator element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return element.EvaluateAsync<double>(Ratio);
    }
}
