using BenchmarkDotNet.Attributes;
using Limber.Core.Catalog;
using Limber.Core.Json;
using Limber.Core.Planning;

namespace Limber.Bench;

/// <summary>Time and allocations for one plan: the engine alone, and the engine plus the contract JSON.</summary>
[MemoryDiagnoser]
public class PlanBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private DailyPlanner _planner = null!;
    private Intake _deskWorker = null!;
    private Intake _strengthStage = null!;

    [GlobalSetup]
    public void Setup()
    {
        _planner = new DailyPlanner(KnowledgeBase.Embedded);
        _deskWorker = new Intake
        {
            Now = Now, Age = 38, EpisodeStarted = Now.AddDays(-12), Cause = "sitting", Pain = 4, Stiffness = 6,
            Equipment = ["mat", "heat-pack", "chair"], Minutes = 15,
        };
        var good = new SessionRecord(Now.AddDays(-10), true, null, 3, 2, null, null, 2, "right", null);
        _strengthStage = new Intake
        {
            Now = Now, Age = 36, EpisodeStarted = Now.AddDays(-170), Cause = "workout", Pain = 1, Stiffness = 3,
            Equipment = ["mat", "chair", "stability-ball", "resistance-band", "foam-roller"], Minutes = 40,
            History = [.. Enumerable.Range(0, 6).Select(i => good with { Date = Now.AddDays(-20 + (3 * i)) })],
        };
    }

    [Benchmark(Baseline = true)]
    public Plan DeskWorker15Minutes() => _planner.Create(_deskWorker);

    [Benchmark]
    public Plan StrengthStage40Minutes() => _planner.Create(_strengthStage);

    [Benchmark]
    public string DeskWorkerAsJson() => LimberJson.Serialize(_planner.Create(_deskWorker));

    [Benchmark]
    public IntakeRead ReadIntake() => IntakeReader.Read(
        """{ "now": "2026-11-22T08:00:00Z", "age": 38, "episodeStarted": "2026-11-10T08:00:00Z", "cause": "sitting", "pain": 4, "stiffness": 6, "equipment": ["mat", "heat-pack", "chair"] }""",
        Now);
}
