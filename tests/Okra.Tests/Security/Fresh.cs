using Microsoft.AspNetCore.WebUtilities;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Security;

/// <summary>
/// The arrangements of the matrix rows: valid bodies, so that an allowed caller gets a 2xx and not a 400, and fresh targets
/// made by the admin, so that one cell's success does not change what the next cell sees.
/// </summary>
internal static class Fresh
{
    public static Arrange Body(Func<MatrixCell, object> body) => cell => Task.FromResult<object?>(body(cell));

    // Accounts

    public static Task<object?> SignIn(MatrixCell c) => Task.FromResult<object?>(new { email = c.World.Owner.Email, password = OkraApp.Password });

    public static async Task<object?> Invitation(MatrixCell c)
    {
        var invited = await MatrixWorld.SendAsync(c.World.Admin, HttpMethod.Post, "/api/v1/users", NewUserBody(c));
        var query = QueryHelpers.ParseQuery(new Uri((string)invited["invitationUrl"]!).Query);
        return new { userId = Guid.Parse(query["user"]!), code = (string)query["code"]!, password = OkraApp.Password };
    }

    public static Task<object?> NewUser(MatrixCell c) => Task.FromResult<object?>(NewUserBody(c));

    public static async Task<object?> User(MatrixCell c)
    {
        var invited = await MatrixWorld.SendAsync(c.World.Admin, HttpMethod.Post, "/api/v1/users", NewUserBody(c));
        c.Ids["userId"] = Guid.Parse((string)invited["user"]!["id"]!);
        return null;
    }

    public static async Task<object?> RoleChange(MatrixCell c)
    {
        await User(c);
        return new { role = "viewer" };
    }

    public static Task<object?> OwnToken(MatrixCell c) => Task.FromResult<object?>(new { name = c.World.Unique("Matrix"), scope = "read", expiresInDays = 30 });

    public static Task<object?> TokenForOwner(MatrixCell c) =>
        Task.FromResult<object?>(new { name = c.World.Unique("Matrix"), scope = "read", expiresInDays = 30, userId = c.World.Owner.UserId });

    public static async Task<object?> OwnersToken(MatrixCell c)
    {
        var created = await MatrixWorld.SendAsync(c.World.Admin, HttpMethod.Post, "/api/v1/tokens", await TokenForOwner(c));
        c.Ids["tokenId"] = Guid.Parse((string)created["token"]!["id"]!);
        return null;
    }

    // People, teams, cycles

    public static Task<object?> NewPerson(MatrixCell c) => Task.FromResult<object?>(NewPersonBody(c));

    public static async Task<object?> Person(MatrixCell c)
    {
        c.Ids["personId"] = await MatrixWorld.IdAsync(c.World.Admin, "/api/v1/people", NewPersonBody(c));
        return null;
    }

    public static async Task<object?> PersonChange(MatrixCell c)
    {
        var body = NewPersonBody(c);
        c.Ids["personId"] = await MatrixWorld.IdAsync(c.World.Admin, "/api/v1/people", body);
        return body with { Name = "Renamed" };
    }

    public static Task<object?> NewTeam(MatrixCell c) => Task.FromResult<object?>(new { name = c.World.Unique("Team"), kind = "other" });

    public static async Task<object?> Team(MatrixCell c)
    {
        c.Ids["teamId"] = await MatrixWorld.IdAsync(c.World.Admin, "/api/v1/teams", new { name = c.World.Unique("Team"), kind = "sales", parentTeamId = c.Ids["teamId"] });
        return null;
    }

    public static async Task<object?> TeamChange(MatrixCell c)
    {
        var parentTeamId = c.Ids["teamId"];
        await Team(c);
        return new { name = c.World.Unique("Renamed team"), kind = "sales", parentTeamId };
    }

    public static async Task<object?> Membership(MatrixCell c)
    {
        await Person(c);
        return new { role = "member" };
    }

    public static async Task<object?> Member(MatrixCell c)
    {
        await Team(c);
        c.Ids["personId"] = c.World.AdminAccount.PersonId;
        await MatrixWorld.SendAsync(c.World.Admin, HttpMethod.Put, $"/api/v1/teams/{c.Ids["teamId"]}/members/{c.Ids["personId"]}", new { role = "member" });
        return null;
    }

    public static Task<object?> NewCycle(MatrixCell c) => Task.FromResult<object?>(NewCycleBody(c));

    public static async Task<object?> Cycle(MatrixCell c)
    {
        c.Ids["cycleId"] = await MatrixWorld.IdAsync(c.World.Admin, "/api/v1/cycles", NewCycleBody(c));
        return null;
    }

    // Objectives

    public static Task<object?> NewTeamObjective(MatrixCell c) => Task.FromResult<object?>(new
    {
        cycleId = c.Ids["cycleId"], title = c.World.Unique("Grow"), level = "team", type = "committed", ownerTeamIds = new[] { c.Ids["teamId"] },
    });

    public static Task<object?> NewPersonalObjective(MatrixCell c) => Task.FromResult<object?>(new
    {
        cycleId = c.Ids["cycleId"], title = c.World.Unique("Learn"), level = "personal", type = "committed", ownerPersonId = c.World.Owner.PersonId,
    });

    public static Task<object?> NewCompanyObjective(MatrixCell c) => Task.FromResult<object?>(new
    {
        cycleId = c.Ids["cycleId"], title = c.World.Unique("Lead the market"), level = "company", type = "aspirational", ownerPersonId = c.World.AdminAccount.PersonId,
    });

    /// <summary>A change of a fresh Sales objective in <paramref name="status"/>, keeping its owners.</summary>
    public static Arrange ObjectiveChange(string status) => async c =>
    {
        var (id, version) = await c.World.TeamObjectiveAsync(status);
        c.Ids["objectiveId"] = id;
        return new { title = c.World.Unique("Win more"), level = "team", type = "committed", ownerTeamIds = new[] { c.Ids["teamId"] }, version };
    };

    public static async Task<object?> PersonalObjectiveChange(MatrixCell c)
    {
        var (id, version) = await c.World.PersonalObjectiveAsync();
        c.Ids["objectiveId"] = id;
        return new { title = c.World.Unique("Learn more"), level = "personal", type = "committed", ownerPersonId = c.World.Owner.PersonId, version };
    }

    /// <summary>Moves a fresh Sales objective from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static Arrange StatusChange(string from, string to) => async c =>
    {
        var (id, version) = await c.World.TeamObjectiveAsync(from);
        c.Ids["objectiveId"] = id;
        return new { status = to, version, reason = "Matrix" };
    };

    public static async Task<object?> ActiveObjective(MatrixCell c)
    {
        c.Ids["objectiveId"] = await c.World.ActiveTeamObjectiveAsync();
        return null;
    }

    // Key results, check-ins, initiatives, comments

    /// <summary>A metric key result of the owner on the objective that <paramref name="objective"/> names.</summary>
    public static Arrange NewKeyResult(string objective) => c => Task.FromResult<object?>(new
    {
        objectiveId = c.Ids[objective], title = c.World.Unique("Sign"), ownerPersonId = c.World.Owner.PersonId, kind = "metric", baseline = 0m, target = 100m,
    });

    public static async Task<object?> KeyResultChange(MatrixCell c)
    {
        var (id, version) = await c.World.KeyResultWithVersionAsync(c.Ids["objectiveId"]);
        c.Ids["keyResultId"] = id;
        return new { title = c.World.Unique("Sign more"), ownerPersonId = c.World.Owner.PersonId, kind = "metric", baseline = 0m, target = 120m, version };
    }

    public static async Task<object?> KeyResult(MatrixCell c)
    {
        c.Ids["keyResultId"] = await c.World.KeyResultAsync(c.Ids["objectiveId"]);
        return null;
    }

    /// <summary>A check-in on the key result that <paramref name="keyResult"/> names.</summary>
    public static Arrange NewCheckIn(string keyResult) => c =>
    {
        c.Ids["keyResultId"] = c.Ids[keyResult];
        return Task.FromResult<object?>(new { date = "2027-02-15", value = 40m, confidence = 7 });
    };

    public static async Task<object?> CheckIn(MatrixCell c)
    {
        var created = await MatrixWorld.SendAsync(c.World.Admin, HttpMethod.Post, $"/api/v1/key-results/{c.Ids["keyResultId"]}/check-ins",
            new { date = "2027-02-15", value = 45m, confidence = 7 });
        c.Ids["checkInId"] = Guid.Parse((string)created["checkIn"]!["id"]!);
        return null;
    }

    public static Task<object?> NewInitiative(MatrixCell c) =>
        Task.FromResult<object?>(new { keyResultId = c.Ids["keyResultId"], title = c.World.Unique("Run a webinar") });

    public static async Task<object?> Initiative(MatrixCell c)
    {
        c.Ids["initiativeId"] = await MatrixWorld.IdAsync(c.World.Admin, "/api/v1/initiatives", (await NewInitiative(c))!);
        return null;
    }

    public static Task<object?> NewComment(MatrixCell c) => Task.FromResult<object?>(new { objectiveId = c.Ids["objectiveId"], body = "Nice **work**." });

    /// <summary>A comment by the owner, whom only they and admins may remove.</summary>
    public static async Task<object?> Comment(MatrixCell c)
    {
        c.Ids["commentId"] = await MatrixWorld.IdAsync(c.World.ClientOf(Caller.Owner), "/api/v1/comments", (await NewComment(c))!);
        return null;
    }

    /// <summary>A comment the viewer wrote while still a member: read-only now, they may not remove it either.</summary>
    public static async Task<object?> ViewersComment(MatrixCell c)
    {
        var role = $"/api/v1/users/{c.World.Viewer.UserId}/role";
        await MatrixWorld.SendAsync(c.World.Admin, HttpMethod.Put, role, new { role = "member" });
        c.Ids["commentId"] = await MatrixWorld.IdAsync(c.World.ClientOf(Caller.Viewer), "/api/v1/comments", (await NewComment(c))!);
        await MatrixWorld.SendAsync(c.World.Admin, HttpMethod.Put, role, new { role = "viewer" });
        return null;
    }

    private static object NewUserBody(MatrixCell c) =>
        new { name = c.World.Unique("Invited"), email = $"{Guid.NewGuid():N}@example.test", locale = "en", role = "member" };

    private static object NewCycleBody(MatrixCell c) =>
        new { name = c.World.Unique("Matrix quarter"), kind = "quarter", startDate = "2031-01-01", endDate = "2031-03-31" };

    private static PersonBody NewPersonBody(MatrixCell c) => new(c.World.Unique("Person"), $"{Guid.NewGuid():N}@example.test", "en");

    private sealed record PersonBody(string Name, string Email, string Locale);
}
