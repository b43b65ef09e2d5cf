using System.Globalization;
using System.Text;
using Limber.Core.Catalog;
using Limber.Core.Planning;

namespace Limber.Cli.Commands;

/// <summary>A plan as plain text for a person at a terminal.</summary>
internal static class PlanText
{
    public static string Render(Plan plan)
    {
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        Line(plan.Status switch
        {
            PlanStatus.Emergency => "EMERGENCY - do not exercise. Get help now.",
            PlanStatus.Urgent => "URGENT - see a doctor today. No exercise until you have been seen.",
            PlanStatus.Soon => "See a doctor in the next few days. No exercise until you have been cleared.",
            _ => $"Today's plan - {Code.Of(plan.Episode)} episode, {Code.Of(plan.Stage)} stage",
        });
        Line();
        foreach (var advice in plan.Advice.Where(a => a.Level != AdviceLevel.Info))
        {
            Line($"[{Code.Of(advice.Level)}] {advice.Text} ({string.Join(", ", advice.Sources)})");
        }

        if (plan.Thermal.Count > 0)
        {
            Line();
            var offset = plan.Thermal[0].From.Offset;
            Line($"Heat and cold (clock times at UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm})");
            foreach (var step in plan.Thermal)
            {
                Line($"  {step.From.ToString("HH:mm", CultureInfo.InvariantCulture)}-{step.Until.ToString("HH:mm", CultureInfo.InvariantCulture)}  {Code.Of(step.Kind)} ({step.TherapyId}), {step.Minutes} min");
            }

            Line($"  Why: {plan.Thermal[0].Why} ({string.Join(", ", plan.Thermal[0].Sources)})");
        }

        if (plan.Session is { } session)
        {
            Line();
            Line($"Session - {BlockText.Duration(session.TotalSeconds)}");
            var number = 1;
            foreach (var block in session.Blocks)
            {
                Line($"  {number++,2}. {block.Name} ({Code.Of(block.Part)}) - {BlockText.Dose(block)}, {BlockText.Duration(block.Seconds)}");
                Line($"      Why: {block.Why} ({string.Join(", ", block.Sources)})");
            }
        }

        if (plan.Habits.Count > 0)
        {
            Line();
            Line("Through the day");
            foreach (var habit in plan.Habits)
            {
                Line($"  - {habit.Text}");
            }
        }

        var info = plan.Advice.Where(a => a.Level == AdviceLevel.Info).ToList();
        if (info.Count > 0)
        {
            Line();
            Line("Good to know");
            foreach (var advice in info)
            {
                Line($"  - {advice.Text}");
            }
        }

        Line();
        Line("Sources");
        foreach (var source in plan.Sources)
        {
            Line($"  {source.Id}: {source.Title}");
        }

        Line();
        Line("Limber is not a diagnosis. If something feels wrong, stop and ask a clinician.");
        return text.ToString();
    }

}
