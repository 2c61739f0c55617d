using Okra.Domain.Common;
using Okra.Domain.Reviews;

namespace Okra.Demo;

/// <summary>This week's Sales + Business Development review, run by the sales director: its agenda comes from the demo's data.</summary>
internal static class DemoReview
{
    public static Review Build(string language, DemoStaff s, DemoCycles c, DateOnly today, DateTimeOffset now) => new(
        c.Current.Id,
        language == Locale.English ? "Sales + Business Development weekly" : "Értékesítés + Üzletfejlesztés heti egyeztetés",
        ReviewKind.Weekly, today, [s.Sales.Id, s.BusinessDevelopment.Id], s.Peter.Id, now);
}
