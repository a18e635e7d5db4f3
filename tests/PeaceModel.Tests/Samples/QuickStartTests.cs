namespace PeaceModel.Tests.Samples;

public class QuickStartTests
{
    [Fact]
    public void QuickStart_PrintsValidAndTrue()
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            QuickStart.Run();
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal("valid\nTrue\n", output.ToString().ReplaceLineEndings("\n"));
    }
}
