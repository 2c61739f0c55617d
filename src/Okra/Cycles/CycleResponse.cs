using Okra.Domain.Cycles;

namespace Okra.Cycles;

public sealed record CycleResponse(Guid Id, string Name, CycleKind Kind, DateOnly StartDate, DateOnly EndDate, CheckInCadence Cadence, bool IsArchived)
{
    public static CycleResponse From(Cycle c) => new(c.Id, c.Name, c.Kind, c.StartDate, c.EndDate, c.Cadence, c.IsArchived);
}

/// <summary>
/// A cycle by name alone (<c>2027-Q1</c>, <c>2027</c>: dates from the fiscal calendar) or with explicit dates and kind.
/// </summary>
public sealed record CycleRequest(string? Name, CycleKind? Kind, DateOnly? StartDate, DateOnly? EndDate, CheckInCadence? Cadence);
