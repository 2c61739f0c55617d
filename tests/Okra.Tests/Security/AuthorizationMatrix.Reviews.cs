namespace Okra.Tests.Security;

public static partial class AuthorizationMatrix
{
    /// <summary>Reviews, scoring, feedback and recognition (issue 6).</summary>
    private static IEnumerable<MatrixRow> ReviewRows() =>
    [
        //                                                                       Ad   Ld   OL   Ow   Mb   Vw   An   Ex   Rv   RO
        // A feedback note is the two people's and the admins': to anyone else it does not exist (404), and only its author removes it.
        Row("POST",   "/api/v1/feedback",                                      [201, 201, 201, 201, 201, 403, 401, 401, 401, 403], FreshReviews.FeedbackBody),
        Row("GET",    "/api/v1/feedback/{feedbackId}",                         [200, 200, 404, 200, 404, 404, 401, 401, 401, 200], FreshReviews.LeadsNoteToOwner, "the lead's note to the owner"),
        Row("DELETE", "/api/v1/feedback/{feedbackId}",                         [204, 204, 404, 403, 404, 404, 401, 401, 401, 403], FreshReviews.LeadsNoteToOwner, "the lead's note to the owner"),
        Row("GET",    "/api/v1/people/{personId}/feedback",                    [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        // A 1:1 page and development areas: the person, their leads and manager, admins.
        Row("GET",    "/api/v1/people/{personId}/one-on-one",                  [200, 200, 403, 200, 403, 403, 401, 401, 401, 200]),
        Row("GET",    "/api/v1/people/{personId}/development-areas",           [200, 200, 403, 200, 403, 403, 401, 401, 401, 200]),
        Row("POST",   "/api/v1/people/{personId}/development-areas",           [201, 201, 403, 201, 403, 403, 401, 401, 401, 403], FreshReviews.Body(_ => new { title = "Discovery calls", goal = "Runs them alone" })),
        Row("PUT",    "/api/v1/development-areas/{developmentAreaId}",         [200, 200, 403, 200, 403, 403, 401, 401, 401, 403], FreshReviews.OwnersArea),

        // Reviews are read by everyone and run by leads of their teams and admins; an action item's owner ticks it too.
        Row("GET",    "/api/v1/reviews",                                       [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("GET",    "/api/v1/reviews/{reviewId}",                            [200, 200, 200, 200, 200, 200, 401, 401, 401, 200], FreshReviews.Review),
        Row("POST",   "/api/v1/reviews",                                       [201, 201, 403, 403, 403, 403, 401, 401, 401, 403], FreshReviews.NewReview),
        Row("PUT",    "/api/v1/reviews/{reviewId}/notes",                      [200, 200, 403, 403, 403, 403, 401, 401, 401, 403], FreshReviews.ReviewWith(_ => new { notes = "Pipeline first." })),
        Row("POST",   "/api/v1/reviews/{reviewId}/decisions",                  [201, 201, 403, 403, 403, 403, 401, 401, 401, 403], FreshReviews.ReviewWith(_ => new { text = "Focus on renewals." })),
        Row("POST",   "/api/v1/reviews/{reviewId}/action-items",               [201, 201, 403, 403, 403, 403, 401, 401, 401, 403], FreshReviews.ReviewWith(c => new { text = "Call the top ten", ownerPersonId = c.World.Owner.PersonId, dueDate = "2027-02-20" })),
        Row("POST",   "/api/v1/reviews/{reviewId}/re-evaluations",             [200, 200, 403, 403, 403, 403, 401, 401, 401, 403], FreshReviews.ReEvaluation),
        Row("POST",   "/api/v1/reviews/{reviewId}/publish",                    [200, 200, 403, 403, 403, 403, 401, 401, 401, 403], FreshReviews.Review),
        Row("PUT",    "/api/v1/action-items/{actionItemId}",                   [200, 200, 403, 200, 403, 403, 401, 401, 401, 403], FreshReviews.OwnersActionItem),

        // Scores are read by everyone; admins and team leads close a cycle; a team's leads write its retrospective.
        Row("GET",    "/api/v1/cycles/{cycleId}/scores",                       [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("POST",   "/api/v1/cycles/{cycleId}/close",                        [200, 200, 200, 403, 403, 403, 401, 401, 401, 403], Fresh.Cycle, "a fresh cycle"),
        Row("PUT",    "/api/v1/cycles/{cycleId}/retrospectives/{teamId}",      [200, 200, 403, 403, 403, 403, 401, 401, 401, 403], FreshReviews.Body(_ => new { wentWell = "Renewals", toImprove = "Forecasts" }), "Sales'"),
        // Carrying over is creating an objective with the same owners: members may propose for their own team.
        Row("POST",   "/api/v1/objectives/{objectiveId}/carry-over",           [201, 201, 403, 201, 201, 403, 401, 401, 401, 403], FreshReviews.LaterCycle, "Sales' into a later cycle"),

        // Recognition is public; anyone who may write sends kudos.
        Row("GET",    "/api/v1/recognition",                                   [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("GET",    "/api/v1/recognition/summary?cycleId={cycleId}",         [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("POST",   "/api/v1/recognition/kudos",                             [201, 201, 201, 201, 201, 403, 401, 401, 401, 403], FreshReviews.Body(c => new { keyResultId = c.Ids["keyResultId"], toTeamId = c.Ids["teamId"], message = "Great week!" })),
    ];
}
