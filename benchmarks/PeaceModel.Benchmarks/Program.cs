using BenchmarkDotNet.Running;

namespace PeaceModel.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/PeaceModel.Benchmarks -- --filter '*' --job short</c>;
/// <c>--sizes</c> prints the workload sizes and the memory a read model keeps, for docs/benchmarks.md.
/// </summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args)
    {
        if (args.Contains("--sizes"))
        {
            Sizes.Print();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
