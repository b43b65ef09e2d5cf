using BenchmarkDotNet.Running;
using Limber.Bench;

BenchmarkSwitcher.FromAssembly(typeof(PlanBenchmarks).Assembly).Run(args);
