namespace Okra.Tests.Security;

/// <summary>Arrangements of the review, scoring, feedback and recognition rows: fresh targets made by the admin or the lead.</summary>
internal static class FreshReviews
{
    public static Arrange Body(Func<MatrixCell, object> body) => Fresh.Body(body);

    /// <summary>A note to a fresh person, so that nobody — the owner included — writes to themselves.</summary>
    public static async Task<object?> FeedbackBody(MatrixCell c)
    {
        await Fresh.Person(c);
        return new { personId = c.Ids["personId"], body = "Thanks for the demo." };
    }

    public static async Task<object?> LeadsNoteToOwner(MatrixCell c)
    {
        c.Ids["feedbackId"] = await MatrixWorld.IdAsync(c.World.ClientOf(Caller.Lead), "/api/v1/feedback", new { personId = c.World.Owner.PersonId, body = "Strong discovery calls." });
        return null;
    }

    public static async Task<object?> OwnersArea(MatrixCell c)
    {
        c.Ids["developmentAreaId"] = await MatrixWorld.IdAsync(c.World.Admin, $"/api/v1/people/{c.World.Owner.PersonId}/development-areas", new { title = "Negotiation" });
        return new { done = true };
    }

    public static Task<object?> NewReview(MatrixCell c) => Task.FromResult<object?>(ReviewBody(c));

    public static async Task<object?> Review(MatrixCell c)
    {
        c.Ids["reviewId"] = await MatrixWorld.IdAsync(c.World.Admin, "/api/v1/reviews", ReviewBody(c));
        return null;
    }

    public static Arrange ReviewWith(Func<MatrixCell, object> body) => async c =>
    {
        await Review(c);
        return body(c);
    };

    public static async Task<object?> ReEvaluation(MatrixCell c)
    {
        await Review(c);
        var (id, version) = await c.World.KeyResultWithVersionAsync(c.Ids["objectiveId"]);
        return new { keyResultId = id, target = 80m, reason = "Market slowed", version };
    }

    public static async Task<object?> OwnersActionItem(MatrixCell c)
    {
        await Review(c);
        c.Ids["actionItemId"] = await MatrixWorld.IdAsync(c.World.Admin, $"/api/v1/reviews/{c.Ids["reviewId"]}/action-items",
            new { text = "Call the top ten", ownerPersonId = c.World.Owner.PersonId });
        return new { done = true };
    }

    public static async Task<object?> LaterCycle(MatrixCell c)
    {
        await Fresh.Cycle(c);
        return new { cycleId = c.Ids["cycleId"] };
    }

    private static object ReviewBody(MatrixCell c) =>
        new { cycleId = c.Ids["cycleId"], title = c.World.Unique("Weekly sync"), kind = "weekly", date = "2027-02-15", teamIds = new[] { c.Ids["teamId"] } };
}
