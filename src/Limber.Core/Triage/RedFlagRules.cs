using Limber.Core.Planning;

namespace Limber.Core.Triage;

/// <summary>One red flag: how urgent it is, and what to tell the person in plain words.</summary>
public sealed record RedFlagRule(string Code, PlanStatus Level, string Text, IReadOnlyList<string> Sources);

/// <summary>
/// The red-flag table of the public contract. Texts say what to do, how fast, and why.
/// Levels follow the contract; the two combinations with fever are applied by <see cref="TriageRules"/>.
/// </summary>
public static class RedFlagRules
{
    private static readonly string[] Ces = ["BASS-2018", "NICE-CKS-SCIATICA", "NICE-NG59"];

    public static readonly IReadOnlyList<RedFlagRule> All =
    [
        new("saddle-numbness", PlanStatus.Emergency,
            "Go to an emergency department now and tell them about the numbness around your groin or bottom. With back pain it can mean the nerves at the base of the spine are being squeezed (cauda equina syndrome), which needs a scan within hours to protect bladder, bowel and leg function.", Ces),
        new("bladder-change", PlanStatus.Emergency,
            "Go to an emergency department now and tell them about the change in your bladder. New trouble starting or holding urine, or not feeling it pass, together with back pain can mean pressure on the nerves at the base of the spine, which needs a scan within hours.", Ces),
        new("bowel-change", PlanStatus.Emergency,
            "Go to an emergency department now and tell them about the change in bowel control or feeling. With back pain this can mean pressure on the nerves at the base of the spine, which needs urgent hospital care.", Ces),
        new("sexual-function-change", PlanStatus.Emergency,
            "Go to an emergency department now and tell them about the new loss of sexual function or genital feeling. With back pain it can be a sign of pressure on the nerves at the base of the spine.", Ces),
        new("both-legs", PlanStatus.Emergency,
            "Go to an emergency department now and tell them your symptoms are in both legs. Pain, numbness or weakness in both legs with back pain can mean pressure on the nerves at the base of the spine.", Ces),
        new("major-trauma", PlanStatus.Emergency,
            "Go to an emergency department now, or call an ambulance if moving hurts badly. Back pain after a serious accident needs checking for a broken bone before any exercise.", ["DOWNIE-2013", "NICE-NG59"]),
        new("abdominal-pain-faintness", PlanStatus.Emergency,
            "Call an ambulance now. New belly or back pain with feeling faint or collapsing can come from a problem with the main blood vessel in the belly (aortic aneurysm), which is an emergency.", ["NICE-NG156"]),
        new("leg-weakness-worsening", PlanStatus.Urgent,
            "See a doctor today, and go to an emergency department if the weakness is spreading fast. A leg or foot that is getting weaker means a nerve is under pressure and needs assessing the same day.", ["NICE-CKS-SCIATICA", "FINUCANE-2020"]),
        new("fever", PlanStatus.Urgent,
            "See a doctor today. Back pain with fever, chills or feeling generally unwell can be a sign of infection, which needs checking the same day.", ["FINUCANE-2020", "NICE-NG59"]),
        new("kidney-pain", PlanStatus.Urgent,
            "See a doctor today. Severe pain in one side that spreads to the groin, or blood in the urine, points to the kidney (for example a stone) rather than the back muscles. With a fever, go to an emergency department now.", ["NICE-NG118"]),
        new("infection-risk", PlanStatus.Soon,
            "See a doctor within the next few days, and today if you get a fever. Injecting drugs, a weakened immune system or a recent serious infection raise the chance that back pain comes from an infection.", ["FINUCANE-2020", "NICE-NG59"]),
        new("cancer-history", PlanStatus.Soon,
            "See a doctor within the next few days and mention your cancer history. New back pain after cancer needs checking before exercise; go to an emergency department if numbness or weakness appears.", ["DOWNIE-2013", "NICE-CKS-SCIATICA"]),
        new("unexplained-weight-loss", PlanStatus.Soon,
            "See a doctor within the next few days. Back pain with weight loss you did not try for needs checking for a cause other than the muscles.", ["NICE-CKS-SCIATICA", "NICE-NG59"]),
        new("night-pain", PlanStatus.Soon,
            "See a doctor within the next few days. Constant pain at night that no position eases is not typical of a stiff back and needs checking.", ["NICE-CKS-SCIATICA", "NICE-NG59"]),
        new("minor-trauma-bone-risk", PlanStatus.Soon,
            "See a doctor within the next few days, who may arrange an X-ray. With thinner bones or long-term steroids, even a small fall or strain can crack a vertebra, and exercise should wait until that is ruled out.", ["DOWNIE-2013", "UK-OSTEO-2022"]),
        new("no-improvement-6-weeks", PlanStatus.Soon,
            "See a doctor or physiotherapist within the next few days. Six weeks of self-care without improvement is the time to have the back assessed and the plan changed.", ["S1", "S3", "NICE-NG59"]),
        new("inflammatory-pattern", PlanStatus.Soon,
            "See a doctor within the next few days and ask whether this could be inflammatory back pain. Pain that began before 45, has lasted over three months, wakes you late in the night and eases with movement fits that pattern, which is treated differently.", ["NICE-NG65"]),
        new("recent-spine-surgery", PlanStatus.Soon,
            "Check with your surgeon or their team within the next few days before exercising. In the first six weeks after spine surgery, exercise should start only once they have cleared it.", ["OOSTERHUIS-2014"]),
    ];

    public static RedFlagRule For(string code) => All.First(r => r.Code == code);
}
