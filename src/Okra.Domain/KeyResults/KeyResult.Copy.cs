namespace Okra.Domain.KeyResults;

public sealed partial class KeyResult
{
    /// <summary>A copy with the same definition (title, owner, weight, measuring rule) under <paramref name="objectiveId"/>, without check-ins or score.</summary>
    public KeyResult CopyTo(Guid objectiveId, DateTimeOffset now)
    {
        var copy = new KeyResult(objectiveId, Title, OwnerPersonId, Spec, Unit, Currency, Weight, now);
        copy.Update(Title, Description, OwnerPersonId, Weight);
        return copy;
    }
}
