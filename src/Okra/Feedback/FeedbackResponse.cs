using Okra.Domain.Feedback;

namespace Okra.Feedback;

public sealed record FeedbackResponse(
    Guid Id, Guid AuthorPersonId, string AuthorName, Guid SubjectPersonId, string SubjectName, string Body,
    Guid? KeyResultId, string? KeyResultTitle, Guid? DevelopmentAreaId, DateTimeOffset CreatedAt);

/// <summary>A feedback note for <c>personId</c>, optionally about one of their key results or development areas.</summary>
public sealed record FeedbackRequest(Guid? PersonId, string? Body, Guid? KeyResultId, Guid? DevelopmentAreaId);

public sealed record DevelopmentAreaResponse(Guid Id, Guid PersonId, string Title, string? Goal, DateOnly? TargetDate, bool Done, DateTimeOffset CreatedAt)
{
    public static DevelopmentAreaResponse From(DevelopmentArea a) => new(a.Id, a.PersonId, a.Title, a.Goal, a.TargetDate, a.Done, a.CreatedAt);
}

public sealed record DevelopmentAreaRequest(string? Title, string? Goal, DateOnly? TargetDate, bool? Done);
