using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;

namespace Okra.KeyResults;

/// <summary>
/// The body of a create or update. Which measuring fields apply depends on <see cref="Kind"/>:
/// metric — baseline and target, or baseline and relativeChange (0.20 for +20 %); recurring — period and targetPerPeriod;
/// threshold — comparison, limit, upperLimit (for between) and period; milestone — checklist.
/// Updates carry the <c>version</c> they were based on and may give a <c>reason</c> for the audit trail.
/// </summary>
public sealed record KeyResultRequest(
    Guid? ObjectiveId, string? Title, string? Description, Guid? OwnerPersonId, decimal? Weight,
    KeyResultKind? Kind, KeyResultUnit? Unit, string? Currency,
    decimal? Baseline, decimal? Target, decimal? RelativeChange,
    PeriodUnit? Period, decimal? TargetPerPeriod,
    Comparison? Comparison, decimal? Limit, decimal? UpperLimit,
    bool? Checklist, int? Version, string? Reason);

public sealed record ScoreRequest(decimal? Score, string? Reason);
