using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Zaozersk.Reporting.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
