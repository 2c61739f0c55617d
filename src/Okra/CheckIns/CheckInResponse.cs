using Okra.Domain.CheckIns;

namespace Okra.CheckIns;

public sealed record CheckInResponse(
    Guid Id, Guid KeyResultId, DateOnly Date, decimal Value, int? Confidence, string? Comment, string? Blockers,
    Guid? AuthorId, CheckInSource Source, DateTimeOffset CreatedAt, bool IsRetracted)
{
    public static CheckInResponse From(CheckIn c) =>
        new(c.Id, c.KeyResultId, c.Date, c.Value, c.Confidence, c.Comment, c.Blockers, c.AuthorId, c.Source, c.CreatedAt, c.IsRetracted);
}

/// <summary>
/// A new check-in by the signed-in person. <c>date</c> defaults to today; a checklist milestone takes its value from its initiatives.
/// </summary>
public sealed record CheckInRequest(DateOnly? Date, decimal? Value, int? Confidence, string? Comment, string? Blockers);

/// <summary>An audited correction of a check-in; <c>reason</c> is required.</summary>
public sealed record CorrectionRequest(decimal? Value, int? Confidence, string? Comment, string? Blockers, string? Reason);
