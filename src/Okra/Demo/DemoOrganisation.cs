using Okra.Data;
using Okra.Hosting;

namespace Okra.Demo;

/// <summary>Seeds the bilingual demo organisation (being written).</summary>
public sealed class DemoOrganisation(OkraDbContext db, Today today)
{
    public Task<string> SeedAsync(string? locale, CancellationToken ct) =>
        throw new InvalidOperationException($"not yet written {db} {today} {locale} {ct}");
}
