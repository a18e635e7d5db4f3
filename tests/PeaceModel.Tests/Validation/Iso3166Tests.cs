using PeaceModel.Validation;

namespace PeaceModel.Tests.Validation;

public class Iso3166Tests
{
    [Fact]
    public void Alpha3_HasThe249OfficiallyAssignedCodes()
    {
        Assert.Equal(249, Iso3166.Count);
    }

    [Theory]
    [InlineData("RUS", true)]
    [InlineData("UKR", true)]
    [InlineData("TUR", true)]
    [InlineData("rus", false)]
    [InlineData("ROM", false)]
    [InlineData("XKX", false)]
    public void IsValid_TellsAssignedCodes(string code, bool valid)
    {
        Assert.Equal(valid, Iso3166.IsValid(code));
    }
}
