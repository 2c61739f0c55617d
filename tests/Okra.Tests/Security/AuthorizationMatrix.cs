namespace Okra.Tests.Security;

/// <summary>Prepares one cell: may point route placeholders at fresh objects, and answers the body to send (null for none).</summary>
public delegate Task<object?> Arrange(MatrixCell cell);

/// <summary>One cell of the matrix before it is sent: the world and the placeholder values of its route.</summary>
public sealed class MatrixCell(MatrixWorld world)
{
    public MatrixWorld World => world;

    public Dictionary<string, Guid> Ids { get; } = new(world.Ids);
}

/// <summary>
/// One endpoint (or one case of it) and the status each <see cref="Caller"/> must get, in the order of the columns.
/// <paramref name="Arrange"/> runs before every cell, so that a destructive success (archive, revoke, approve) never
/// changes what the next cell sees.
/// </summary>
public sealed record MatrixRow(string Method, string Route, int[] Expected, Arrange? Arrange = null, string? Case = null)
{
    public override string ToString() => Case is null ? $"{Method} {Route}" : $"{Method} {Route} ({Case})";
}

/// <summary>
/// Every endpoint of the HTTP API × every caller → the status the README's roles table promises. A new endpoint without a
/// row fails <see cref="AuthorizationMatrixTests.EveryEndpoint_HasARow"/>.
/// </summary>
public static partial class AuthorizationMatrix
{
    public static readonly IReadOnlyList<MatrixRow> Rows =
    [
        // Columns, in Caller order: Ad admin · Ld lead of Sales · OL lead of Marketing (another team) · Ow owner of the key result
        // · Mb another Sales member · Vw viewer (in Sales) · An anonymous · Ex expired token · Rv revoked token · RO read-only token.
        //                                                                       Ad   Ld   OL   Ow   Mb   Vw   An   Ex   Rv   RO
        // The one door open to everyone.
        Row("GET",    "/health",                                               [200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),

        // Signing in needs no session, so a stale token does not matter; a read-only token may not POST anything.
        Row("POST",   "/api/v1/auth/sign-in",                                  [200, 200, 200, 200, 200, 200, 200, 200, 200, 403], Fresh.SignIn),
        Row("POST",   "/api/v1/auth/sign-out",                                 [204, 204, 204, 204, 204, 204, 401, 401, 401, 403]),
        Row("GET",    "/api/v1/auth/me",                                       [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("POST",   "/api/v1/auth/accept-invitation",                        [204, 204, 204, 204, 204, 204, 204, 204, 204, 403], Fresh.Invitation),

        // Accounts are the admin's, reading included; the admin's read-only token reads them.
        Row("GET",    "/api/v1/users",                                         [200, 403, 403, 403, 403, 403, 401, 401, 401, 200]),
        Row("POST",   "/api/v1/users",                                         [201, 403, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.NewUser),
        Row("GET",    "/api/v1/users/{userId}/audit",                          [200, 403, 403, 403, 403, 403, 401, 401, 401, 200]),
        Row("PUT",    "/api/v1/users/{userId}/role",                           [200, 403, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.RoleChange),
        Row("POST",   "/api/v1/users/{userId}/reset-password",                 [200, 403, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.User),
        Row("POST",   "/api/v1/users/{userId}/invitation",                     [200, 403, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.User),

        Row("GET",    "/api/v1/tokens",                                        [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("POST",   "/api/v1/tokens",                                        [201, 201, 201, 201, 201, 201, 401, 401, 401, 403], Fresh.OwnToken, "own"),
        Row("POST",   "/api/v1/tokens",                                        [201, 403, 403, 201, 403, 403, 401, 401, 401, 403], Fresh.TokenForOwner, "for the owner"),
        Row("DELETE", "/api/v1/tokens/{tokenId}",                              [204, 403, 403, 204, 403, 403, 401, 401, 401, 403], Fresh.OwnersToken, "the owner's"),

        Row("GET",    "/api/v1/organisation",                                  [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("PUT",    "/api/v1/organisation",                                  [200, 403, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.Body(_ => new { name = "Okra" })),

        Row("GET",    "/api/v1/people",                                        [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("GET",    "/api/v1/people/{personId}",                             [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("GET",    "/api/v1/people/{personId}/key-results",                 [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("POST",   "/api/v1/people",                                        [201, 403, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.NewPerson),
        Row("PUT",    "/api/v1/people/{personId}",                             [200, 403, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.PersonChange),
        Row("DELETE", "/api/v1/people/{personId}",                             [204, 403, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.Person),

        Row("GET",    "/api/v1/teams",                                         [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("GET",    "/api/v1/teams/{teamId}",                                [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("POST",   "/api/v1/teams",                                         [201, 403, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.NewTeam),
        Row("PUT",    "/api/v1/teams/{teamId}",                                [200, 403, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.TeamChange, "a team below Sales"),
        Row("DELETE", "/api/v1/teams/{teamId}",                                [204, 403, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.Team, "a team below Sales"),
        Row("PUT",    "/api/v1/teams/{teamId}/members/{personId}",             [200, 403, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.Membership, "into Sales"),
        Row("DELETE", "/api/v1/teams/{teamId}/members/{personId}",             [204, 403, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.Member, "from a team below Sales"),

        Row("GET",    "/api/v1/cycles",                                        [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("GET",    "/api/v1/cycles/current",                                [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("GET",    "/api/v1/cycles/{cycleId}",                              [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("GET",    "/api/v1/cycles/{cycleId}/tree",                         [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("GET",    "/api/v1/cycles/{cycleId}/tree.csv",                     [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("POST",   "/api/v1/cycles",                                        [201, 403, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.NewCycle),
        Row("PUT",    "/api/v1/cycles/{cycleId}",                              [200, 403, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.Body(_ => new { name = "2027-Q1" }), "same name"),
        Row("DELETE", "/api/v1/cycles/{cycleId}",                              [204, 403, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.Cycle),

        Row("GET",    "/api/v1/objectives",                                    [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("GET",    "/api/v1/objectives/{objectiveId}",                      [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("GET",    "/api/v1/objectives/{objectiveId}/audit",                [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("POST",   "/api/v1/objectives",                                    [201, 201, 403, 201, 201, 403, 401, 401, 401, 403], Fresh.NewTeamObjective, "Sales draft"),
        Row("POST",   "/api/v1/objectives",                                    [201, 201, 403, 201, 403, 403, 401, 401, 401, 403], Fresh.NewPersonalObjective, "owner's personal"),
        Row("POST",   "/api/v1/objectives",                                    [201, 403, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.NewCompanyObjective, "company"),
        Row("PUT",    "/api/v1/objectives/{objectiveId}",                      [200, 200, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.ObjectiveChange("active"), "active Sales"),
        Row("PUT",    "/api/v1/objectives/{objectiveId}",                      [200, 200, 403, 200, 200, 403, 401, 401, 401, 403], Fresh.ObjectiveChange("draft"), "draft Sales"),
        Row("PUT",    "/api/v1/objectives/{objectiveId}",                      [200, 200, 403, 200, 403, 403, 401, 401, 401, 403], Fresh.PersonalObjectiveChange, "owner's personal"),
        Row("POST",   "/api/v1/objectives/{objectiveId}/status",               [200, 200, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.StatusChange("proposed", "active"), "approve"),
        Row("POST",   "/api/v1/objectives/{objectiveId}/status",               [200, 200, 403, 200, 200, 403, 401, 401, 401, 403], Fresh.StatusChange("draft", "proposed"), "propose"),
        Row("POST",   "/api/v1/objectives/{objectiveId}/status",               [200, 200, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.StatusChange("active", "closed"), "close"),
        Row("DELETE", "/api/v1/objectives/{objectiveId}",                      [204, 204, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.ActiveObjective),

        Row("GET",    "/api/v1/key-results/{keyResultId}",                     [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("GET",    "/api/v1/key-results/{keyResultId}/check-ins",           [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("GET",    "/api/v1/key-results/{keyResultId}/initiatives",         [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("GET",    "/api/v1/key-results/{keyResultId}/audit",               [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("POST",   "/api/v1/key-results",                                   [201, 201, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.NewKeyResult("objectiveId"), "on Sales'"),
        Row("POST",   "/api/v1/key-results",                                   [201, 201, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.NewKeyResult("insideSalesObjectiveId"), "on Inside Sales', below Sales"),
        Row("PUT",    "/api/v1/key-results/{keyResultId}",                     [200, 200, 403, 200, 403, 403, 401, 401, 401, 403], Fresh.KeyResultChange),
        // Retiring a key result changes its objective: the objective's editors decide, not the key result's owner.
        Row("DELETE", "/api/v1/key-results/{keyResultId}",                     [204, 204, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.KeyResult),
        Row("POST",   "/api/v1/key-results/{keyResultId}/score",               [200, 200, 403, 200, 403, 403, 401, 401, 401, 403], Fresh.Body(_ => new { score = 0.5m, reason = "Matrix" })),
        Row("POST",   "/api/v1/key-results/{keyResultId}/check-ins",           [201, 201, 403, 201, 403, 403, 401, 401, 401, 403], Fresh.NewCheckIn("keyResultId"), "Sales'"),
        Row("POST",   "/api/v1/key-results/{keyResultId}/check-ins",           [201, 201, 201, 201, 403, 403, 401, 401, 401, 403], Fresh.NewCheckIn("marketingKeyResultId"), "the owner's on Marketing's"),

        Row("GET",    "/api/v1/check-ins/{checkInId}",                         [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("PUT",    "/api/v1/check-ins/{checkInId}",                         [200, 200, 403, 200, 403, 403, 401, 401, 401, 403], Fresh.Body(_ => new { value = 35m, confidence = 6, reason = "Matrix" })),
        Row("DELETE", "/api/v1/check-ins/{checkInId}",                         [204, 204, 403, 204, 403, 403, 401, 401, 401, 403], Fresh.CheckIn),

        Row("GET",    "/api/v1/initiatives/{initiativeId}",                    [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("POST",   "/api/v1/initiatives",                                   [201, 201, 403, 201, 403, 403, 401, 401, 401, 403], Fresh.NewInitiative),
        Row("PUT",    "/api/v1/initiatives/{initiativeId}",                    [200, 200, 403, 200, 403, 403, 401, 401, 401, 403], Fresh.Body(_ => new { status = "inProgress" })),
        Row("DELETE", "/api/v1/initiatives/{initiativeId}",                    [204, 204, 403, 204, 403, 403, 401, 401, 401, 403], Fresh.Initiative),

        Row("GET",    "/api/v1/comments?objectiveId={objectiveId}",            [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("POST",   "/api/v1/comments",                                      [201, 201, 201, 201, 201, 403, 401, 401, 401, 403], Fresh.NewComment),
        Row("DELETE", "/api/v1/comments/{commentId}",                          [204, 403, 403, 204, 403, 403, 401, 401, 401, 403], Fresh.Comment, "the owner's"),
        Row("DELETE", "/api/v1/comments/{commentId}",                          [204, 403, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.ViewersComment, "the viewer's, from before"),

        // Operating rhythm: everyone reads and clears their own bell; leads' missing check-ins are open like every check-in;
        // reminders on demand, webhooks and the delivery log are the admin's.
        Row("GET",    "/api/v1/notifications",                                 [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("POST",   "/api/v1/notifications/{notificationId}/read",           [404, 404, 404, 404, 404, 404, 401, 401, 401, 403], FreshRhythm.UnknownNotification, "no one's"),
        Row("POST",   "/api/v1/notifications/read-all",                        [204, 204, 204, 204, 204, 204, 401, 401, 401, 403]),
        Row("GET",    "/api/v1/teams/{teamId}/missing-check-ins",              [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("POST",   "/api/v1/reminders/send",                                [200, 403, 403, 403, 403, 403, 401, 401, 401, 403]),
        Row("GET",    "/api/v1/webhooks",                                      [200, 403, 403, 403, 403, 403, 401, 401, 401, 200]),
        Row("POST",   "/api/v1/webhooks",                                      [201, 403, 403, 403, 403, 403, 401, 401, 401, 403], FreshRhythm.NewWebhook),
        Row("PUT",    "/api/v1/webhooks/{webhookId}",                          [200, 403, 403, 403, 403, 403, 401, 401, 401, 403], FreshRhythm.WebhookChange),
        Row("DELETE", "/api/v1/webhooks/{webhookId}",                          [204, 403, 403, 403, 403, 403, 401, 401, 401, 403], FreshRhythm.Webhook),
        Row("GET",    "/api/v1/webhooks/deliveries",                           [200, 403, 403, 403, 403, 403, 401, 401, 401, 200]),

        .. ReviewRows(),

        // Sales data: admins and members send it (their CRM integrations use their write tokens); viewers and read-only tokens only read.
        .. FreshSales.IngestionRows(),
        // A JSON body is no CSV file: allowed callers get past the rules to the 400 "no records", the others stop at 401/403.
        Row("POST",   "/api/v1/sales/csv?type=deals",                          [400, 400, 400, 400, 400, 403, 401, 401, 401, 403], Fresh.Body(_ => "not a csv")),
        Row("GET",    "/api/v1/sales/records?type=customers&id={salesRecordId}", [200, 200, 200, 200, 200, 200, 401, 401, 401, 200], FreshSales.Customer),
        Row("GET",    "/api/v1/sales/exchange-rates",                          [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("PUT",    "/api/v1/sales/exchange-rates",                          [200, 403, 403, 403, 403, 403, 401, 401, 401, 403], Fresh.Body(_ => new[] { new { currency = "EUR", validFrom = "2027-01-01", rate = 400m } })),

        Row("GET",    "/api/v1/metrics",                                       [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("GET",    "/api/v1/metrics/values?metric=activities",              [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("GET",    "/api/v1/metrics/records?metric=nps",                    [200, 200, 200, 200, 200, 200, 401, 401, 401, 200]),
        Row("POST",   "/api/v1/metrics/recompute",                             [200, 403, 403, 403, 403, 403, 401, 401, 401, 403]),
        // Binding a key result to a metric is editing it.
        Row("GET",    "/api/v1/key-results/{keyResultId}/metric",              [200, 200, 200, 200, 200, 200, 401, 401, 401, 200], FreshSales.BoundKeyResult),
        Row("GET",    "/api/v1/key-results/{keyResultId}/records",             [200, 200, 200, 200, 200, 200, 401, 401, 401, 200], FreshSales.BoundKeyResult),
        Row("PUT",    "/api/v1/key-results/{keyResultId}/metric",              [200, 200, 403, 200, 403, 403, 401, 401, 401, 403], Fresh.Body(_ => new { metric = "activities", activityType = "coldCall" })),
        Row("DELETE", "/api/v1/key-results/{keyResultId}/metric",              [204, 204, 403, 204, 403, 403, 401, 401, 401, 403], FreshSales.BoundKeyResult),
    ];

    private static MatrixRow Row(string method, string route, int[] expected, Arrange? arrange = null, string? @case = null) =>
        expected.Length == Enum.GetValues<Caller>().Length
            ? new MatrixRow(method, route, expected, arrange, @case)
            : throw new ArgumentException($"{method} {route}: {expected.Length} statuses for {Enum.GetValues<Caller>().Length} callers.", nameof(expected));
}
