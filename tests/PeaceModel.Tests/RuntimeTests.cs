namespace PeaceModel.Tests;

public class RuntimeTests
{
    [Fact]
    public void Tests_RunOnTheRuntimeOfTheirTarget_NotARolledForwardOne()
    {
#if NET10_0
        const int Expected = 10;
#else
        const int Expected = 8;
#endif

        Assert.Equal(Expected, Environment.Version.Major);
    }
}
