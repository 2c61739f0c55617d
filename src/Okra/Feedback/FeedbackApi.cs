namespace Okra.Feedback;

public static class FeedbackApi
{
    public static IEndpointRouteBuilder MapFeedbackApi(this IEndpointRouteBuilder app)
    {
        var feedback = app.MapGroup("/api/v1/feedback").WithTags("Feedback");
        feedback.MapPost("/", GiveFeedback.Handle).WithName("GiveFeedback").WithSummary("Writes a private feedback note to a person (visible to the two of them and admins).");
        feedback.MapGet("/{id:guid}", ReadFeedback.One).WithName("GetFeedback").WithSummary("One feedback note; 404 for anyone but its two people and admins.");
        feedback.MapDelete("/{id:guid}", ReadFeedback.Delete).WithName("DeleteFeedback").WithSummary("Removes a feedback note (its author or an admin).");
        var people = app.MapGroup("/api/v1/people/{id:guid}").WithTags("Feedback");
        people.MapGet("/feedback", ReadFeedback.AboutPerson).WithName("ListPersonFeedback").WithSummary("The feedback notes about a person that the caller may see.");
        people.MapGet("/development-areas", DevelopmentAreas.List).WithName("ListDevelopmentAreas").WithSummary("A person's development areas and goals.");
        people.MapPost("/development-areas", DevelopmentAreas.Create).WithName("CreateDevelopmentArea").WithSummary("Adds a development area with its goal.");
        people.MapGet("/one-on-one", OneOnOne.Handle).WithName("GetOneOnOne").WithSummary("A person's key results, recent check-ins, feedback and development areas.");
        app.MapPut("/api/v1/development-areas/{id:guid}", DevelopmentAreas.Update).WithTags("Feedback").WithName("UpdateDevelopmentArea")
            .WithSummary("Changes a development area, or marks its goal met.");
        return app;
    }
}
