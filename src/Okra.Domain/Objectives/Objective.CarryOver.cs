namespace Okra.Domain.Objectives;

public sealed partial class Objective
{
    /// <summary>
    /// A draft copy of this objective in <paramref name="cycleId"/> (text, level, type and owners), linked back to this one.
    /// Alignment is not copied: the parent may not exist in the next cycle, so the owners align the copy again.
    /// </summary>
    public Objective CarryOverTo(Guid cycleId, DateTimeOffset now)
    {
        if (cycleId == CycleId) throw new Common.DomainValidationException("cycleId", "must be another cycle than the objective's own.");
        return new Objective(cycleId, Title, Description, Level, Type, OwnerPersonId, [.. ownerTeams.Select(t => t.TeamId)], now)
        {
            CarriedOverFromId = Id,
        };
    }
}
