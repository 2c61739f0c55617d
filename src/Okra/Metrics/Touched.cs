using Okra.Domain.Sales;

namespace Okra.Metrics;

/// <summary>
/// What an ingested batch may have changed: its record type, the owners of its new and replaced rows (null when a row has
/// none, or the owner comes from the customer, so any owner may be affected) and the span of their days (null: any day).
/// </summary>
public sealed record Touched(SalesRecordType Type, IReadOnlySet<Guid>? Owners, DateOnly? First, DateOnly? Last)
{
    /// <summary>Everything may have changed.</summary>
    public static Touched Everything(SalesRecordType type) => new(type, null, null, null);
}
