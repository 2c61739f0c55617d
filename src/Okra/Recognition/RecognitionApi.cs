namespace Okra.Recognition;

public static class RecognitionApi
{
    public static IEndpointRouteBuilder MapRecognitionApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/recognition").WithTags("Recognition");
        group.MapGet("/", RecognitionFeed.Feed).WithName("GetRecognitionFeed").WithSummary("Achievements and kudos, newest first, of a cycle or all.");
        group.MapGet("/summary", RecognitionFeed.Summary).WithName("GetRecognitionSummary")
            .WithSummary("Per team and per person: achievements and kudos received in a cycle.");
        group.MapPost("/kudos", GiveKudos.Handle).WithName("GiveKudos").WithSummary("Sends kudos to a person or a team for their work on a key result.");
        return app;
    }
}
