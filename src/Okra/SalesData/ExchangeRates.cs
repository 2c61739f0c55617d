using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Okra.Api;
using Okra.Data;
using Okra.Domain.Access;
using Okra.Domain.Sales;
using Okra.Security;

namespace Okra.SalesData;

public sealed record ExchangeRateDto(string? Currency, DateOnly? ValidFrom, decimal? Rate);

/// <summary>The rate table that converts deal and MRR amounts to the organisation's currency; admins change it.</summary>
public static class ExchangeRates
{
    public static async Task<Ok<List<ExchangeRateDto>>> List(OkraDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.ExchangeRates.AsNoTracking().ToListAsync(ct))
            .OrderBy(r => r.Currency, StringComparer.Ordinal).ThenBy(r => r.ValidFrom)
            .Select(r => new ExchangeRateDto(r.Currency, r.ValidFrom, r.Rate)).ToList());

    /// <summary>Adds or replaces rates by currency and first day.</summary>
    public static async Task<Results<Ok<List<ExchangeRateDto>>, ProblemHttpResult, ValidationProblem>> Put(
        List<ExchangeRateDto> rates, OkraDbContext db, CurrentActor current, CancellationToken ct)
    {
        if (!AccessRules.CanAdministrate(await current.GetAsync(ct))) return Problems.Forbidden("Only admins may change exchange rates.");
        var valid = rates.Select((r, i) => new ExchangeRate(r.Currency ?? "", r.ValidFrom ?? throw new Domain.Common.DomainValidationException($"[{i}].validFrom", "is required."),
            r.Rate ?? throw new Domain.Common.DomainValidationException($"[{i}].rate", "is required."))).ToList();
        foreach (var rate in valid)
        {
            var existing = await db.ExchangeRates.FirstOrDefaultAsync(r => r.Currency == rate.Currency && r.ValidFrom == rate.ValidFrom, ct);
            if (existing is not null) db.ExchangeRates.Remove(existing);
            await db.SaveChangesAsync(ct);
            db.ExchangeRates.Add(rate);
        }
        await db.SaveChangesAsync(ct);
        return await List(db, ct);
    }
}
