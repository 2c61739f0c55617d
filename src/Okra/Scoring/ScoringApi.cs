namespace Okra.Scoring;

public static class ScoringApi
{
    public static IEndpointRouteBuilder MapScoringApi(this IEndpointRouteBuilder app)
    {
        var cycles = app.MapGroup("/api/v1/cycles/{id:guid}").WithTags("Scoring");
        cycles.MapGet("/scores", Retrospectives.Scores).WithName("GetCycleScores")
            .WithSummary("Every objective's and key result's score (DESIGN §2), overrides, whether each objective met its bar, and the teams' retrospectives.");
        cycles.MapPost("/close", CloseCycle.Handle).WithName("CloseCycle")
            .WithSummary("Closes the cycle: objectives close, achievements are awarded, and its OKRs become read-only.");
        cycles.MapPut("/retrospectives/{teamId:guid}", Retrospectives.Write).WithName("WriteRetrospective")
            .WithSummary("Writes a team's retrospective of the cycle: what went well and what to improve.");
        app.MapPost("/api/v1/objectives/{id:guid}/carry-over", CarryOver.Handle).WithTags("Scoring").WithName("CarryOverObjective")
            .WithSummary("Copies an objective and its key results into a later cycle, linked back to the original.");
        return app;
    }
}
