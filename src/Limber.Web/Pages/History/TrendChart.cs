using System.Globalization;
using System.Net;
using System.Text;

namespace Limber.Web.Pages.History;

/// <summary>One rated session on the trend chart: pain and stiffness (0-10) before and after.</summary>
public sealed record TrendPoint(DateTime Date, int PainBefore, int PainAfter, int StiffnessBefore, int StiffnessAfter);

/// <summary>
/// Draws pain and stiffness, before and after each rated session, as an inline SVG line chart.
/// Pure: the same points give the same markup. Every piece of text is HTML-encoded.
/// </summary>
public static class TrendChart
{
    // About one unit per CSS pixel on a phone, so the 11px labels stay readable there.
    private const int Width = 400;
    private const int Height = 250;
    private const int Left = 30;
    private const int Right = 10;
    private const int Top = 10;
    private const int PlotBottom = 180;
    private const int MaxDateLabels = 6;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The chart as an <c>&lt;svg&gt;</c> element, oldest session on the left; empty when there are no points.</summary>
    /// <param name="points">Rated sessions, oldest first.</param>
    /// <param name="idPrefix">Prefix for the title and description ids, unique on the page.</param>
    public static string Render(IReadOnlyList<TrendPoint> points, string idPrefix = "trend")
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            return "";
        }

        var id = Encode(idPrefix);
        var svg = new StringBuilder();
        svg.Append(Invariant, $"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(Invariant, $"<title id=\"{id}-title\">{Encode(Title(points))}</title>");
        svg.Append(Invariant, $"<desc id=\"{id}-desc\">{Encode(Describe(points))}</desc>");

        // Axes and the 0-10 scale.
        svg.Append("<g aria-hidden=\"true\">");
        for (var score = 0; score <= 10; score += 2)
        {
            var y = Y(score);
            svg.Append(Invariant, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{y}\" x2=\"{Width - Right}\" y2=\"{y}\" stroke-opacity=\"{(score == 0 ? "1" : "0.5")}\" />");
            svg.Append(Invariant, $"<text x=\"{Left - 6}\" y=\"{y}\" dy=\"4\" text-anchor=\"end\">{score}</text>");
        }

        svg.Append(Invariant, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{PlotBottom}\" />");
        foreach (var index in LabelledIndexes(points.Count))
        {
            svg.Append(Invariant, $"<text x=\"{X(index, points.Count)}\" y=\"{PlotBottom + 16}\" text-anchor=\"middle\">{Encode(Day(points[index].Date))}</text>");
        }

        // The four series: before dashed with squares, after solid with circles.
        Series(svg, points, p => p.PainBefore, "pain", before: true);
        Series(svg, points, p => p.StiffnessBefore, "stiffness", before: true);
        Series(svg, points, p => p.PainAfter, "pain", before: false);
        Series(svg, points, p => p.StiffnessAfter, "stiffness", before: false);

        // The legend, in words.
        Legend(svg, 0, "pain", before: true, "Pain before");
        Legend(svg, 1, "pain", before: false, "Pain after");
        Legend(svg, 2, "stiffness", before: true, "Stiffness before");
        Legend(svg, 3, "stiffness", before: false, "Stiffness after");
        svg.Append("</g></svg>");
        return svg.ToString();
    }

    /// <summary>The chart's title.</summary>
    public static string Title(IReadOnlyList<TrendPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return string.Create(Invariant, $"Pain and stiffness before and after {Count(points.Count)}, scored 0 to 10");
    }

    /// <summary>The trend in words, for people who cannot see the chart (and for everyone else too).</summary>
    public static string Describe(IReadOnlyList<TrendPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            return "No rated sessions yet.";
        }

        var first = points[0];
        var last = points[^1];
        var text = new StringBuilder();
        text.Append(points.Count == 1
            ? $"One rated session, on {Day(first.Date)}. "
            : $"{Count(points.Count)} from {Day(first.Date)} to {Day(last.Date)}. ");
        if (points.Count > 1)
        {
            text.Append(Change("Pain after a session", first.PainAfter, last.PainAfter)).Append(' ');
            text.Append(Change("Stiffness after a session", first.StiffnessAfter, last.StiffnessAfter)).Append(' ');
        }

        text.Append(During("pain", points.Average(p => p.PainAfter - p.PainBefore), points.Count)).Append(' ');
        text.Append(During("stiffness", points.Average(p => p.StiffnessAfter - p.StiffnessBefore), points.Count));
        return text.ToString();
    }

    private static string Count(int count) => count == 1 ? "1 rated session" : string.Create(Invariant, $"{count} rated sessions");

    private static string Change(string what, int from, int to) => (to - from) switch
    {
        0 => string.Create(Invariant, $"{what} stayed at {to}."),
        < 0 => string.Create(Invariant, $"{what} went down from {from} to {to}."),
        _ => string.Create(Invariant, $"{what} went up from {from} to {to}."),
    };

    private static string During(string what, double average, int count)
    {
        var size = Math.Abs(average).ToString("0.#", Invariant);
        var lead = count == 1 ? $"During the session, {what}" : $"On average, {what} during a session";
        return Math.Round(average, 1) switch
        {
            0 => $"{lead} stayed the same.",
            < 0 => $"{lead} went down by {size} point{(size == "1" ? "" : "s")}.",
            _ => $"{lead} went up by {size} point{(size == "1" ? "" : "s")}.",
        };
    }

    private static void Series(StringBuilder svg, IReadOnlyList<TrendPoint> points, Func<TrendPoint, int> value, string cls, bool before)
    {
        var coordinates = string.Join(' ', points.Select((p, i) => string.Create(Invariant, $"{X(i, points.Count)},{Y(value(p))}")));
        var dash = before ? " stroke-dasharray=\"6 4\" stroke-opacity=\"0.7\"" : "";
        svg.Append(Invariant, $"<polyline class=\"{cls}\" points=\"{coordinates}\"{dash} />");
        for (var i = 0; i < points.Count; i++)
        {
            var x = X(i, points.Count);
            var y = Y(value(points[i]));
            svg.Append(before
                ? string.Create(Invariant, $"<rect class=\"{cls}\" x=\"{x}\" y=\"{y}\" width=\"6\" height=\"6\" transform=\"translate(-3 -3)\" />")
                : string.Create(Invariant, $"<circle class=\"{cls}\" cx=\"{x}\" cy=\"{y}\" r=\"3.5\" />"));
        }
    }

    private static void Legend(StringBuilder svg, int slot, string cls, bool before, string label)
    {
        // Two columns under the dates.
        var x = Left + (slot % 2 * 180);
        var y = PlotBottom + 40 + (slot / 2 * 20);
        var dash = before ? " stroke-dasharray=\"6 4\"" : "";
        svg.Append(Invariant, $"<line class=\"{cls}\" x1=\"{x}\" y1=\"{y}\" x2=\"{x + 28}\" y2=\"{y}\"{dash} />");
        svg.Append(Invariant, $"<text x=\"{x + 36}\" y=\"{y + 4}\">{Encode(label)}</text>");
    }

    /// <summary>Which points get a date under them: the first, the last and a few evenly between.</summary>
    private static IEnumerable<int> LabelledIndexes(int count)
    {
        if (count <= MaxDateLabels)
        {
            return Enumerable.Range(0, count);
        }

        return Enumerable.Range(0, MaxDateLabels)
            .Select(i => (int)Math.Round(i * (count - 1) / (double)(MaxDateLabels - 1)))
            .Distinct();
    }

    private static string X(int index, int count) =>
        (count == 1 ? (Left + Width - Right) / 2.0 : Left + 12 + (index * (Width - Right - Left - 24) / (double)(count - 1))).ToString("0.#", Invariant);

    private static string Y(int score) => (PlotBottom - (Math.Clamp(score, 0, 10) * (PlotBottom - Top) / 10.0)).ToString("0.#", Invariant);

    private static string Day(DateTime date) => date.ToString("d MMM", Invariant);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
