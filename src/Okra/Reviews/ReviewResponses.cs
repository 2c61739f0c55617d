using Okra.Domain.Reviews;
using Okra.Tree;

namespace Okra.Reviews;

public sealed record ReviewSummaryResponse(Guid Id, Guid CycleId, string Title, ReviewKind Kind, DateOnly Date, IReadOnlyList<string> Teams, DateTimeOffset? PublishedAt);

public sealed record TeamRef(Guid Id, string Name);

/// <summary>A key result on the agenda with its objective's title.</summary>
public sealed record AgendaItem(KeyResultProgressResponse KeyResult, string ObjectiveTitle);

public sealed record ConfidenceDropItem(AgendaItem Item, int From, int To);

public sealed record BlockerItem(AgendaItem Item, DateOnly Date, string Blockers);

public sealed record AgendaResponse(
    DateOnly Since, IReadOnlyList<AgendaItem> OffTrack, IReadOnlyList<AgendaItem> AtRisk, IReadOnlyList<ConfidenceDropItem> ConfidenceDrops,
    IReadOnlyList<BlockerItem> Blockers, IReadOnlyList<AgendaItem> NoCheckInThisWeek, IReadOnlyList<ObjectiveNodeResponse> SharedObjectives);

public sealed record DecisionResponse(Guid Id, string Text, Guid? KeyResultId, DateTimeOffset CreatedAt);

public sealed record ActionItemResponse(Guid Id, string Text, Guid OwnerPersonId, string OwnerName, DateOnly? DueDate, bool Done);

public sealed record ReviewResponse(
    Guid Id, Guid CycleId, string CycleName, string Title, ReviewKind Kind, DateOnly Date, IReadOnlyList<TeamRef> Teams, string? Notes,
    DateTimeOffset? PublishedAt, string? PublishedBy, bool CanRun, AgendaResponse Agenda,
    IReadOnlyList<DecisionResponse> Decisions, IReadOnlyList<ActionItemResponse> ActionItems);

public sealed record ReviewRequest(Guid? CycleId, string? Title, ReviewKind? Kind, DateOnly? Date, IReadOnlyList<Guid>? TeamIds);

public sealed record NotesRequest(string? Notes);

public sealed record DecisionRequest(string? Text, Guid? KeyResultId);

public sealed record ActionItemRequest(string? Text, Guid? OwnerPersonId, DateOnly? DueDate, bool? Done);

/// <summary>
/// A goal re-evaluated in a review: a new target (a metric's target, a recurring key result's target per period, a threshold's
/// limit), or <c>retire</c> to archive the key result. <c>reason</c> is required and goes into the key result's audit trail;
/// <c>version</c> is the key result's version the change was based on.
/// </summary>
public sealed record ReEvaluationRequest(Guid? KeyResultId, decimal? Target, bool? Retire, string? Reason, int? Version);
