using HelseIndicators.Aggregation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace HelseIndicators.DependencyInjection;

/// <summary>Registers the HelseIndicators services in a service collection.</summary>
/// <remarks>
/// Everything is registered with <c>TryAdd</c>, so a host can replace any part by registering it first, and calling
/// the methods twice is harmless: the second call adds nothing, but its configure action still applies to the one
/// options instance. Registered singletons: <see cref="HelseIndicatorsOptions"/>, <see cref="IndicatorEngine"/> (built
/// from the options) and NodaTime's <see cref="IClock"/> (<see cref="SystemClock.Instance"/>).
/// </remarks>
public static class HelseIndicatorsServiceCollectionExtensions
{
    /// <summary>Adds the HelseIndicators services with default options.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddHelseIndicators(this IServiceCollection services) =>
        AddHelseIndicators(services, static _ => { });

    /// <summary>Adds the HelseIndicators services and configures their options.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the options (taxonomy, disclosure control, culture).</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddHelseIndicators(this IServiceCollection services, Action<HelseIndicatorsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        if (services.FirstOrDefault(d => d.ServiceType == typeof(HelseIndicatorsOptions))?.ImplementationInstance
            is not HelseIndicatorsOptions options)
        {
            options = new HelseIndicatorsOptions();
            services.TryAddSingleton(options);
        }

        configure(options);
        services.TryAddSingleton(static sp =>
        {
            var o = sp.GetRequiredService<HelseIndicatorsOptions>();
            return new IndicatorEngine(o.Taxonomy, o.Disclosure);
        });
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        return services;
    }
}
