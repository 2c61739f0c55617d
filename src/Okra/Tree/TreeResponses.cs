using Okra.Cycles;
using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Domain.Progress;

namespace Okra.Tree;

/// <summary>A key result with its definition and its progress on the snapshot's day.</summary>
public sealed record KeyResultProgressResponse(
    Guid Id, Guid ObjectiveId, string Title, Guid OwnerPersonId, string OwnerName, KeyResultKind Kind, KeyResultUnit Unit,
    string? Currency, decimal Weight, decimal? Baseline, decimal? Target, decimal? RelativeChange, PeriodUnit? Period,
    decimal? TargetPerPeriod, Comparison? Comparison, decimal? Limit, decimal? UpperLimit, bool Checklist, KeyResultState State,
    int Version, decimal? CurrentValue, decimal Progress, decimal RawProgress, decimal Expected, Status Status, decimal Score,
    int? PeriodsMet, int? PeriodsElapsed, decimal? HitRate, int? Confidence)
{
    public static KeyResultProgressResponse From(KeyResult k, KeyResultEvaluation e, int? confidence, string ownerName) => new(
        k.Id, k.ObjectiveId, k.Title, k.OwnerPersonId, ownerName, k.Kind, k.Unit, k.Currency, k.Weight, k.Baseline, k.Target,
        k.RelativeChange, k.Period, k.TargetPerPeriod, k.Comparison, k.Limit, k.UpperLimit, k.Checklist, k.State, k.Version,
        e.Measured.CurrentValue, Round(e.Progress), Round(e.Measured.RawProgress), Round(e.Expected), e.Status, e.Score,
        e.Measured.PeriodsMet, e.Measured.PeriodsElapsed, e.Measured.HitRate is { } h ? Round(h) : null, confidence);

    /// <summary>Fractions are answered to four decimals: 0.9400 for 94 of 100.</summary>
    public static decimal Round(decimal fraction) => Math.Round(fraction, 4, MidpointRounding.AwayFromZero);
}

/// <summary>An objective in the tree, with its key results and the objectives aligned under it.</summary>
public sealed record ObjectiveNodeResponse(
    Guid Id, Guid CycleId, string CycleName, string Title, ObjectiveLevel Level, ObjectiveType Type, ObjectiveStatus WorkflowStatus,
    Guid? OwnerPersonId, IReadOnlyList<Guid> OwnerTeamIds, string OwnerName, bool IsShared, Guid? ParentObjectiveId, Guid? ParentKeyResultId,
    int Version, decimal Progress, decimal Expected, Status Status, decimal Score,
    IReadOnlyList<KeyResultProgressResponse> KeyResults, IReadOnlyList<ObjectiveNodeResponse> Children);

/// <summary>The alignment tree of a cycle.</summary>
public sealed record TreeResponse(CycleResponse Cycle, DateOnly Today, int ObjectiveCount, int KeyResultCount, IReadOnlyList<ObjectiveNodeResponse> Objectives);

/// <summary>Filters of the tree; a match keeps its ancestors so the alignment stays readable.</summary>
public sealed record TreeFilter(Guid? TeamId = null, Guid? OwnerId = null, Status? Status = null, ObjectiveLevel? Level = null, string? Query = null)
{
    public bool IsEmpty => TeamId is null && OwnerId is null && Status is null && Level is null && string.IsNullOrWhiteSpace(Query);
}
