namespace Okra.Objectives;

public static class ObjectivesApi
{
    public static IEndpointRouteBuilder MapObjectivesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/objectives").WithTags("Objectives");
        group.MapGet("/", ListObjectives.Handle).WithName("ListObjectives").WithSummary("Objectives of a cycle (or all), with progress and status.");
        group.MapGet("/{id:guid}", GetObjective.Handle).WithName("GetObjective")
            .WithSummary("One objective with its key results, progress, the chain up to the company objective and the objectives aligned under it.");
        group.MapPost("/", SaveObjective.Create).WithName("CreateObjective").WithSummary("Creates a draft objective.");
        group.MapPut("/{id:guid}", SaveObjective.Update).WithName("UpdateObjective").WithSummary("Changes an objective; needs the version it was based on.");
        group.MapPost("/{id:guid}/status", ChangeObjectiveStatus.Handle).WithName("ChangeObjectiveStatus")
            .WithSummary("Moves an objective along draft → proposed → active → closed, or archives it.");
        group.MapDelete("/{id:guid}", ChangeObjectiveStatus.Archive).WithName("ArchiveObjective").WithSummary("Archives an objective.");
        group.MapGet("/{id:guid}/audit", Audit.AuditTrail.ForObjective).WithName("GetObjectiveAudit").WithSummary("Every audited change of an objective.");
        return app;
    }
}
