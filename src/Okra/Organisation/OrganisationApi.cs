using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.Progress;
using Okra.Security;

namespace Okra.Organisation;

public sealed record OrganisationResponse(
    Guid Id, string Name, string Currency, string Locale, int FiscalYearStartMonth, decimal OnTrackTolerance, decimal AtRiskTolerance)
{
    public static OrganisationResponse From(Domain.Organisations.Organisation o) =>
        new(o.Id, o.Name, o.Currency, o.Locale, o.FiscalYearStartMonth, o.OnTrackTolerance, o.AtRiskTolerance);
}

public sealed record OrganisationRequest(
    string? Name, string? Currency, string? Locale, int? FiscalYearStartMonth, decimal? OnTrackTolerance, decimal? AtRiskTolerance);

public static class OrganisationApi
{
    public static IEndpointRouteBuilder MapOrganisationApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/organisation").WithTags("Organisation");
        group.MapGet("/", GetOrganisation).WithName("GetOrganisation").WithSummary("The organisation's settings.");
        group.MapPut("/", UpdateOrganisation).WithName("UpdateOrganisation")
            .WithSummary("Changes name, currency, locale, fiscal-year start month and status tolerances.").AdminOnly();
        return app;
    }

    private static async Task<OrganisationResponse> GetOrganisation(OrganisationStore store, CancellationToken ct) =>
        OrganisationResponse.From(await store.GetAsync(ct));

    public static async Task<Ok<OrganisationResponse>> UpdateOrganisation(OrganisationRequest request, OrganisationStore store, OkraDbContext db, CancellationToken ct)
    {
        var organisation = await store.GetAsync(ct);
        organisation.Update(
            request.Name ?? organisation.Name,
            request.Currency ?? organisation.Currency,
            request.Locale ?? organisation.Locale,
            request.FiscalYearStartMonth ?? organisation.FiscalYearStartMonth,
            new StatusTolerances(request.OnTrackTolerance ?? organisation.OnTrackTolerance, request.AtRiskTolerance ?? organisation.AtRiskTolerance));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(OrganisationResponse.From(organisation));
    }
}

/// <summary>The deployment's one organisation, created with defaults the first time it is asked for.</summary>
public sealed class OrganisationStore(OkraDbContext db)
{
    public async Task<Domain.Organisations.Organisation> GetAsync(CancellationToken ct)
    {
        if (await db.Organisations.OrderBy(o => o.Id).FirstOrDefaultAsync(ct) is { } existing) return existing;
        var created = new Domain.Organisations.Organisation("Okra");
        db.Organisations.Add(created);
        await db.SaveChangesAsync(ct);
        return created;
    }
}
