using System.Globalization;
using System.Net;
using System.Text;
using Limber.Core.Outcomes;

namespace Limber.Web.Pages.Progress;

/// <summary>One measure charted by week: its name, its scale and whether lower is better, for the words beside it.</summary>
public sealed record WeeklyMeasure(string Id, string Title, double Max, string Unit, bool LowerIsBetter, IReadOnlyList<WeekValue> Weeks);

/// <summary>
/// Draws one measure's weekly means as an inline SVG line chart, in the style of the history trend chart.
/// Pure: the same weeks give the same markup; every piece of text is HTML-encoded. The page puts a table
/// of the same numbers next to it for screen readers.
/// </summary>
public static class WeeklyChart
{
    // Narrower than the history chart: on a phone the labels then stay close to their CSS size.
    private const int Width = 340;
    private const int Height = 205;
    private const int Left = 36;
    private const int Right = 12;
    private const int Top = 10;
    private const int PlotBottom = 180;
    private const int MaxDateLabels = 6;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The chart as an <c>&lt;svg&gt;</c> element, oldest week on the left; empty when there are no weeks.</summary>
    public static string Render(WeeklyMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var weeks = measure.Weeks;
        if (weeks.Count == 0)
        {
            return "";
        }

        var id = Encode(measure.Id);
        var svg = new StringBuilder();
        svg.Append(Invariant, $"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(Invariant, $"<title id=\"{id}-title\">{Encode(measure.Title)} by week</title>");
        svg.Append(Invariant, $"<desc id=\"{id}-desc\">{Encode(Describe(measure))}</desc>");
        svg.Append("<g aria-hidden=\"true\">");
        for (var step = 0; step <= 4; step++)
        {
            var value = measure.Max * step / 4;
            var y = Y(value, measure.Max);
            svg.Append(Invariant, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{y}\" x2=\"{Width - Right}\" y2=\"{y}\" stroke-opacity=\"{(step == 0 ? "1" : "0.5")}\" />");
            svg.Append(Invariant, $"<text x=\"{Left - 6}\" y=\"{y}\" dy=\"4\" text-anchor=\"end\">{OutcomeTrends.Number(value)}</text>");
        }

        svg.Append(Invariant, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{PlotBottom}\" />");
        // Weeks sit at their place in time, so a week without entries leaves a gap rather than closing up.
        var span = ((weeks[^1].Monday.DayNumber - weeks[0].Monday.DayNumber) / 7) + 1;
        int Slot(WeekValue week) => (week.Monday.DayNumber - weeks[0].Monday.DayNumber) / 7;
        foreach (var index in LabelledIndexes(weeks.Count))
        {
            svg.Append(Invariant, $"<text x=\"{X(Slot(weeks[index]), span)}\" y=\"{PlotBottom + 18}\" text-anchor=\"middle\">{Encode(Day(weeks[index].Monday))}</text>");
        }

        var coordinates = string.Join(' ', weeks.Select(w => $"{X(Slot(w), span)},{Y(w.Mean, measure.Max)}"));
        svg.Append(Invariant, $"<polyline class=\"{id}\" points=\"{coordinates}\" />");
        foreach (var week in weeks)
        {
            svg.Append(Invariant, $"<circle class=\"{id}\" cx=\"{X(Slot(week), span)}\" cy=\"{Y(week.Mean, measure.Max)}\" r=\"3.5\" />");
        }

        svg.Append("</g></svg>");
        return svg.ToString();
    }

    /// <summary>The chart in words: the span, the first and the latest week, and which way it went.</summary>
    public static string Describe(WeeklyMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var weeks = measure.Weeks;
        if (weeks.Count == 0)
        {
            return $"No {measure.Title.ToLowerInvariant()} recorded yet.";
        }

        var first = weeks[0];
        var last = weeks[^1];
        if (weeks.Count == 1)
        {
            return $"One week so far: the week of {Day(first.Monday)}, {Value(first.Mean, measure)} on average.";
        }

        var direction = Math.Round(last.Mean - first.Mean, 1) switch
        {
            0 => "about the same",
            < 0 => measure.LowerIsBetter ? "lower, which is better" : "lower, which is worse",
            _ => measure.LowerIsBetter ? "higher, which is worse" : "higher, which is better",
        };
        return $"Entries in {weeks.Count} weeks, from the week of {Day(first.Monday)} to the week of {Day(last.Monday)}: "
            + $"{Value(first.Mean, measure)} on average at first, {Value(last.Mean, measure)} in the latest week, {direction}.";
    }

    /// <summary>A weekly mean with its unit, as the table and the words show it.</summary>
    public static string Value(double mean, WeeklyMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return OutcomeTrends.Number(mean) + measure.Unit;
    }

    /// <summary>The Monday of a week as the chart labels it.</summary>
    public static string Day(DateOnly monday) => monday.ToString("d MMM", Invariant);

    private static IEnumerable<int> LabelledIndexes(int count) =>
        count <= MaxDateLabels
            ? Enumerable.Range(0, count)
            : Enumerable.Range(0, MaxDateLabels).Select(i => (int)Math.Round(i * (count - 1) / (double)(MaxDateLabels - 1))).Distinct();

    private static string X(int index, int count) =>
        (count == 1 ? (Left + Width - Right) / 2.0 : Left + 14 + (index * (Width - Right - Left - 28) / (double)(count - 1))).ToString("0.#", Invariant);

    private static string Y(double value, double max) =>
        (PlotBottom - (Math.Clamp(value, 0, max) * (PlotBottom - Top) / max)).ToString("0.#", Invariant);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
