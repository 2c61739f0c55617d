namespace Okra.Reviews;

public static class ReviewsApi
{
    public static IEndpointRouteBuilder MapReviewsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/reviews").WithTags("Reviews");
        group.MapGet("/", ListReviews.Handle).WithName("ListReviews").WithSummary("Review meetings of a cycle (or all), newest first.");
        group.MapGet("/{id:guid}", ListReviews.One).WithName("GetReview")
            .WithSummary("A review with its agenda generated from the data, notes, decisions and action items.");
        group.MapPost("/", CreateReview.Handle).WithName("CreateReview").WithSummary("Creates a review meeting of one or more teams.");
        group.MapPut("/{id:guid}/notes", RecordInReview.Notes).WithName("WriteReviewNotes").WithSummary("Replaces the meeting's notes.");
        group.MapPost("/{id:guid}/decisions", RecordInReview.Decision).WithName("RecordReviewDecision").WithSummary("Records a decision.");
        group.MapPost("/{id:guid}/action-items", RecordInReview.ActionItem).WithName("AddActionItem").WithSummary("Adds an action item with an owner and a due date.");
        group.MapPost("/{id:guid}/re-evaluations", ReEvaluateGoal.Handle).WithName("ReEvaluateGoal")
            .WithSummary("Changes a key result's target or retires it, with a reason that goes into its audit trail.");
        group.MapPost("/{id:guid}/publish", RecordInReview.Publish).WithName("PublishReview").WithSummary("Publishes the review as the record of the meeting.");
        app.MapPut("/api/v1/action-items/{id:guid}", RecordInReview.Tick).WithTags("Reviews").WithName("TickActionItem")
            .WithSummary("Marks an action item done or open.");
        return app;
    }
}
