using PeaceModel.Tests.Support;
using PeaceModel.Validation;

namespace PeaceModel.Tests.Validation;

public class ErrorCodesTests
{
    [Fact]
    public void ErrorCodes_AreUniqueAndEachDocumentedInTheTable()
    {
        var table = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "error-codes.md"));
        var codes = typeof(ErrorCodes).GetFields().Select(f => (f.Name, Code: (string)f.GetValue(null)!)).ToList();

        Assert.Equal(codes.Count, codes.Select(c => c.Code).Distinct().Count());
        Assert.All(codes, c => Assert.Contains($"| {c.Code} | {c.Name} |", table, StringComparison.Ordinal));
    }
}
