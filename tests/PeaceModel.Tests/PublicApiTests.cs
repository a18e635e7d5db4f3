using PeaceModel.Tests.Support;
using PublicApiGenerator;

namespace PeaceModel.Tests;

public class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApprovedFile()
    {
        var api = typeof(DiplomaticEvent).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"],
        });

        Approval.Verify(api.ReplaceLineEndings("\n"));
    }
}
