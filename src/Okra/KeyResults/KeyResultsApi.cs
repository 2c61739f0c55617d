using Okra.CheckIns;
using Okra.Initiatives;

namespace Okra.KeyResults;

public static class KeyResultsApi
{
    public static IEndpointRouteBuilder MapKeyResultsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/key-results").WithTags("Key results");
        group.MapGet("/{id:guid}", GetKeyResult.Handle).WithName("GetKeyResult").WithSummary("One key result with its progress, status and score.");
        group.MapPost("/", SaveKeyResult.Create).WithName("CreateKeyResult").WithSummary("Adds a key result of any kind to an objective.");
        group.MapPut("/{id:guid}", SaveKeyResult.Update).WithName("UpdateKeyResult").WithSummary("Changes a key result; needs the version it was based on.");
        group.MapDelete("/{id:guid}", ArchiveKeyResult.Handle).WithName("ArchiveKeyResult").WithSummary("Retires a key result; it stays in the history.");
        group.MapPost("/{id:guid}/score", ArchiveKeyResult.OverrideScore).WithName("OverrideKeyResultScore").WithSummary("Overrides the score with a reason, or clears the override.");
        group.MapGet("/{id:guid}/check-ins", ListCheckIns.Handle).WithName("ListCheckIns").WithSummary("A key result's check-ins, newest first.");
        group.MapPost("/{id:guid}/check-ins", CreateCheckIn.Handle).WithName("CreateCheckIn").WithSummary("Checks in a value, confidence, comment and blockers.");
        group.MapGet("/{id:guid}/initiatives", ListInitiatives.Handle).WithName("ListInitiatives").WithSummary("Initiatives that should move a key result.");
        group.MapGet("/{id:guid}/audit", Audit.AuditTrail.ForKeyResult).WithName("GetKeyResultAudit").WithSummary("Every audited change of a key result and its check-ins.");
        return app;
    }
}
