using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Okra.Api;

namespace Okra.KeyResults;

public static class GetKeyResult
{
    public static async Task<Results<Ok<KeyResultDetailResponse>, ProblemHttpResult>> Handle(Guid id, KeyResultDetails details, CancellationToken ct) =>
        await details.ReadAsync(id, ct) is { } detail ? TypedResults.Ok(detail) : Problems.NotFound("Key result", id);
}
