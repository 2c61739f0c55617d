using Microsoft.Extensions.Options;

namespace Okra.Hosting;

/// <summary>Today's date in the organisation's time zone, from the injected clock.</summary>
public sealed class Today(TimeProvider clock, IOptions<OkraOptions> options)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    /// <summary>The current instant.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The current day where the organisation is.</summary>
    public DateOnly Date => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
}
