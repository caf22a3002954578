using HelseIndicators.Aggregation;
using HelseIndicators.DependencyInjection;
using HelseIndicators.Indicators;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using static HelseIndicators.Tests.Aggregation.TestFirms;

namespace HelseIndicators.Tests.DependencyInjection;

public class HelseIndicatorsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddHelseIndicators_Twice_RegistersOnceAndComputes()
    {
        var services = new ServiceCollection();
        services.AddHelseIndicators().AddHelseIndicators(o => o.Disclosure = DisclosureControlOptions.Disabled);
        Assert.Single(services, d => d.ServiceType == typeof(IndicatorEngine));
        Assert.Single(services, d => d.ServiceType == typeof(HelseIndicatorsOptions));
        Assert.Single(services, d => d.ServiceType == typeof(IClock));
        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<IndicatorEngine>();
        Assert.Same(engine, provider.GetRequiredService<IndicatorEngine>());
        Assert.False(engine.Disclosure.Enabled);
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        var table = engine.Compute([Row(0, 2014, revenue: 10)], new IndicatorRequest());
        Assert.Equal(10m, table.Find(IndicatorId.Revenue, 2014, GroupKey.Total)!.Value);
    }

    [Fact]
    public void AddHelseIndicators_KeepsAHostsOwnRegistrations()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0));
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(clock);
        services.AddHelseIndicators();
        using var provider = services.BuildServiceProvider();
        Assert.Same(clock, provider.GetRequiredService<IClock>());
        Assert.True(provider.GetRequiredService<IndicatorEngine>().Disclosure.Enabled);
        Assert.Equal("nb-NO", provider.GetRequiredService<HelseIndicatorsOptions>().Culture.Name);
    }

    [Fact]
    public void AddHelseIndicators_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => HelseIndicatorsServiceCollectionExtensions.AddHelseIndicators(null!));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddHelseIndicators(null!));
    }
}
