using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests;

/// <summary>
/// axe-core (pinned in this folder's package.json, installed by <c>npm ci</c>) run inside the page
/// against the WCAG 2.0, 2.1 and 2.2 A and AA rules, keeping only serious and critical findings.
/// </summary>
public static class Axe
{
    /// <summary>The rule tags checked: every WCAG A and AA success criterion axe can test, up to 2.2.</summary>
    public static IReadOnlyList<string> Tags { get; } = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly Lazy<string> Source = new(() => File.ReadAllText(ScriptPath()));

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The serious and critical violations on the page as it is now.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> SeriousViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);

        // Evaluated over the DevTools protocol, so the page's script policy (no inline script) does not block it.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }

        var found = await page.EvaluateAsync<JsonElement>(
            """
            async (tags) => {
              const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({
                  id: v.id,
                  impact: v.impact,
                  help: v.help,
                  nodes: v.nodes.map(n => ({ target: n.target.join(' '), summary: n.failureSummary || '' })),
                }));
            }
            """,
            Tags);
        return found.Deserialize<List<AxeViolation>>(Json) ?? [];
    }

    /// <summary>One line per violation and the elements it names, for a failure message.</summary>
    public static string Describe(IReadOnlyDictionary<string, IReadOnlyList<AxeViolation>> byPage)
    {
        ArgumentNullException.ThrowIfNull(byPage);
        var text = new StringBuilder();
        foreach (var (name, violations) in byPage)
        {
            foreach (var violation in violations)
            {
                text.AppendLine($"{name}: {violation.Id} ({violation.Impact}) {violation.Help}");
                foreach (var node in violation.Nodes.Take(5))
                {
                    text.AppendLine($"    {node.Target}: {node.Summary.ReplaceLineEndings(" ")}");
                }
            }
        }

        return text.ToString();
    }

    private static string ScriptPath()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "Limber.EndToEnd.Tests", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("axe-core is not installed: run 'npm ci' in tests/Limber.EndToEnd.Tests (./test.sh does it when node_modules is missing).");
    }
}

/// <summary>One axe rule that failed, with the elements that failed it.</summary>
public sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<AxeNode> Nodes);

/// <summary>An element that failed a rule: its CSS path and axe's account of why.</summary>
public sealed record AxeNode(string Target, string Summary);
