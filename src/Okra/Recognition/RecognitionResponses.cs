using Okra.Domain.Recognition;

namespace Okra.Recognition;

/// <summary>One entry of the recognition feed: an achievement or kudos.</summary>
public sealed record FeedEntry(
    Guid Id, string Type, AchievementKind? AchievementKind, DateTimeOffset At, Guid CycleId, Guid? PersonId, Guid? TeamId, string Recipient,
    Guid? FromPersonId, string? From, Guid? KeyResultId, Guid? ObjectiveId, string Title, string? Message, decimal? Score);

/// <summary>What a person or team received in a cycle.</summary>
public sealed record RecognitionCount(Guid Id, string Name, int Achievements, int KudosReceived);

public sealed record RecognitionSummary(Guid CycleId, IReadOnlyList<RecognitionCount> Teams, IReadOnlyList<RecognitionCount> People);

/// <summary>Kudos to a person (<c>toPersonId</c>) or a team (<c>toTeamId</c>) for their work on a key result.</summary>
public sealed record KudosRequest(Guid? KeyResultId, Guid? ToPersonId, Guid? ToTeamId, string? Message);
