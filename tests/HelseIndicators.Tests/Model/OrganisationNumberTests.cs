using HelseIndicators.Model;

namespace HelseIndicators.Tests.Model;

public class OrganisationNumberTests
{
    [Theory]
    [InlineData("974760673")]
    [InlineData("923609016")]
    [InlineData("123456785")]
    [InlineData("923 609 016")]
    public void Parse_ValidNumbers_Succeeds(string text) => Assert.True(OrganisationNumber.Parse(text).Success);
}
