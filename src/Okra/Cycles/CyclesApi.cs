using Okra.Security;
using Okra.Tree;

namespace Okra.Cycles;

public static class CyclesApi
{
    public static IEndpointRouteBuilder MapCyclesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/cycles").WithTags("Cycles");
        group.MapGet("/", ListCycles.Handle).WithName("ListCycles").WithSummary("Every cycle, newest first.");
        group.MapGet("/current", CurrentCycle.Handle).WithName("GetCurrentCycle").WithSummary("The quarter (else the year) that contains today.");
        group.MapGet("/{id:guid}", GetCycle.Handle).WithName("GetCycle").WithSummary("One cycle.");
        group.MapGet("/{id:guid}/tree", CycleTree.Handle).WithName("GetCycleTree")
            .WithSummary("Company → team → personal objectives of a cycle, each with progress, expected progress, status and key results.");
        group.MapGet("/{id:guid}/tree.csv", TreeCsv.Handle).WithName("GetCycleTreeCsv")
            .WithSummary("The tree's key results as a CSV file for a spreadsheet, in the caller's language, with the tree's filters.");
        group.MapPost("/", SaveCycle.Create).WithName("CreateCycle").WithSummary("Adds a cycle by name (2027-Q1, 2027) or by dates.").AdminOnly();
        group.MapPut("/{id:guid}", SaveCycle.Update).WithName("UpdateCycle").WithSummary("Changes a cycle's name, dates or cadence.").AdminOnly();
        group.MapDelete("/{id:guid}", ArchiveCycle.Handle).WithName("ArchiveCycle").WithSummary("Archives a cycle.").AdminOnly();
        return app;
    }
}
