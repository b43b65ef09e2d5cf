namespace Limber.Web.Pages.CheckIn;

/// <summary>The check-in's questions in plain words, one per contract code.</summary>
public static class Questions
{
    /// <summary>Red-flag questions, asked first, most urgent first.</summary>
    public static readonly IReadOnlyList<(string Code, string Text)> RedFlags =
    [
        ("saddle-numbness", "Is there numbness or tingling around your genitals, bottom or inner thighs (where you would sit on a saddle)?"),
        ("bladder-change", "Since the back pain began, have you had new trouble starting or holding your urine, or not felt it pass?"),
        ("bowel-change", "Have you had new loss of bowel control, or lost the feeling of needing to go?"),
        ("sexual-function-change", "Have you had a new loss of sexual function or of feeling in the genitals?"),
        ("both-legs", "Do you have pain, numbness or weakness in both legs?"),
        ("leg-weakness-worsening", "Is one leg or foot getting weaker (for example tripping, or the foot slapping down)?"),
        ("major-trauma", "Did the pain start with a serious accident, such as a fall from a height or a road collision?"),
        ("abdominal-pain-faintness", "Do you have new belly or back pain together with feeling faint, or have you collapsed?"),
        ("fever", "Do you have a fever or chills, or feel generally unwell with the back pain?"),
        ("kidney-pain", "Is there severe pain in one side that spreads to the groin, or blood in your urine?"),
        ("infection-risk", "Do you inject drugs, have a weakened immune system, or have you had a serious infection recently?"),
        ("cancer-history", "Have you ever had cancer?"),
        ("unexplained-weight-loss", "Have you lost weight recently without trying?"),
        ("night-pain", "Is the pain constant at night, with no position that eases it?"),
        ("minor-trauma-bone-risk", "Did the pain start after a minor fall or strain, and do you have thin bones (osteoporosis) or take steroid tablets long term?"),
        ("no-improvement-6-weeks", "Have you followed self-care for 6 weeks without any improvement?"),
        ("inflammatory-pattern", "Did this pain begin before age 45, last over 3 months, wake you in the second half of the night, and ease when you move?"),
        ("recent-spine-surgery", "Have you had spine surgery in the last 6 weeks and not yet been cleared to exercise?"),
    ];

    /// <summary>Quick answers for when this bout started, with how many days back each one means.</summary>
    public static readonly IReadOnlyList<(string Code, string Text, int DaysAgo)> EpisodeStarts =
    [
        ("today", "Today", 0), ("days", "2–3 days ago", 2), ("week", "About a week ago", 7), ("weeks", "A few weeks ago", 21), ("months", "Months ago", 91),
    ];

    public static LabelSet Causes => Labels.Causes;

    public static LabelSet PainSpread => Labels.PainSpread;

    public static LabelSet Conditions => Labels.Conditions;

    public static LabelSet Equipment => Labels.Equipment;

    public static LabelSet ThermalPreference => Labels.ThermalPreference;
}
