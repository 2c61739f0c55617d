using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Domain.Progress;

namespace Okra.Scoring;

/// <summary>A key result's score: the default (clamped progress to one decimal), the owner's override and reason, and the score that counts.</summary>
public sealed record KeyResultScore(
    Guid Id, string Title, string OwnerName, Guid OwnerPersonId, decimal Weight, decimal Progress, decimal DefaultScore, decimal? Override,
    string? OverrideReason, decimal Score, Status Status);

/// <summary>An objective's score: the weight-weighted mean of its key results' scores, and whether it met its type's bar.</summary>
public sealed record ObjectiveScore(
    Guid Id, string Title, ObjectiveType Type, ObjectiveStatus WorkflowStatus, string OwnerName, IReadOnlyList<Guid> OwnerTeamIds,
    decimal Score, decimal Bar, bool MetBar, Guid? CarriedOverFromId, IReadOnlyList<KeyResultScore> KeyResults);

public sealed record RetrospectiveResponse(Guid TeamId, string TeamName, string? WentWell, string? ToImprove, string? UpdatedBy, DateTimeOffset? UpdatedAt, bool CanWrite);

public sealed record CycleScoresResponse(
    Guid CycleId, string CycleName, DateOnly StartDate, DateOnly EndDate, DateTimeOffset? ClosedAt, string? ClosedBy, bool CanClose,
    IReadOnlyList<ObjectiveScore> Objectives, IReadOnlyList<RetrospectiveResponse> Retrospectives);

public sealed record RetrospectiveRequest(string? WentWell, string? ToImprove);

public sealed record CarryOverRequest(Guid? CycleId);
