using Microsoft.Extensions.Options;
using Okra.Accounts;
using Okra.Cycles;
using Okra.Data;
using Okra.Hosting;
using Okra.Organisation;
using Okra.People;
using Okra.Teams;

namespace Okra.Admin;

/// <summary>The admin pages' read, through the same list handlers the API answers with.</summary>
public sealed class AdminData(OkraDbContext db, Today today, OrganisationStore organisation, IOptions<OkraOptions> options)
{
    public async Task<AdminView> ReadAsync(CancellationToken ct) => new(
        await ListPeople.Handle(db, includeArchived: true, ct),
        await Users.List(db, today, ct),
        await ListTeams.Handle(db, includeArchived: false, ct),
        await ListCycles.Handle(db, includeArchived: true, ct),
        OrganisationResponse.From(await organisation.GetAsync(ct)),
        options.Value.TimeZone);
}

public sealed record AdminView(
    IReadOnlyList<PersonResponse> People, IReadOnlyList<UserResponse> Users, IReadOnlyList<TeamResponse> Teams,
    IReadOnlyList<CycleResponse> Cycles, OrganisationResponse Organisation, string TimeZone)
{
    public string NameOf(Guid? personId) => People.FirstOrDefault(p => p.Id == personId)?.Name ?? "–";
}
