namespace Okra.CheckIns;

public static class CheckInsApi
{
    public static IEndpointRouteBuilder MapCheckInsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/check-ins").WithTags("Check-ins");
        group.MapGet("/{id:guid}", GetCheckIn.Handle).WithName("GetCheckIn").WithSummary("One check-in.");
        group.MapPut("/{id:guid}", CorrectCheckIn.Handle).WithName("CorrectCheckIn").WithSummary("Corrects a check-in; audited with the reason given.");
        group.MapDelete("/{id:guid}", CorrectCheckIn.Retract).WithName("RetractCheckIn").WithSummary("Retracts a check-in: kept in history, no longer counted.");
        return app;
    }
}
