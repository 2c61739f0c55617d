using Okra.Domain.Sales;

namespace Okra.Domain.Metrics;

/// <summary>
/// One documented metric: its name and formula in plain English, the unit of its value, the record types it reads and
/// whether it sums what happened in the window (a flow) or reads the state at the window's end (a stock).
/// </summary>
/// <param name="Id">The metric.</param>
/// <param name="Name">A short name.</param>
/// <param name="Formula">How the value is computed.</param>
/// <param name="Unit">What the value counts.</param>
/// <param name="Sources">The record types it reads; a new batch of one of them may change it.</param>
/// <param name="AtWindowEnd">True for a stock read at the end of the window (MRR, open complaints).</param>
public sealed record MetricDefinition(
    MetricId Id, string Name, string Formula, MetricUnit Unit, IReadOnlyList<SalesRecordType> Sources, bool AtWindowEnd = false);
