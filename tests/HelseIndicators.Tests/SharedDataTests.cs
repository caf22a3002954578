namespace HelseIndicators.Tests;

/// <summary>When a test that needs the shared data folder is skipped: only when the folder is absent and not required.</summary>
public class SharedDataTests
{
    [Theory]
    [InlineData(true, false, false)]
    [InlineData(true, true, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, true)]
    public void SkipReasonFor_SkipsOnlyWhenAbsentAndNotRequired(bool present, bool required, bool skipped)
    {
        var reason = SharedData.SkipReasonFor(present, required);

        Assert.Equal(skipped, reason is not null);
        if (skipped)
        {
            Assert.StartsWith("needs ../shared/data (the real third-party files); absent in this checkout", reason, StringComparison.Ordinal);
        }
    }
}
