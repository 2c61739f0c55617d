using Okra.SalesData;

namespace Okra.Tests.Security;

/// <summary>The arrangements of the sales-data and metric rows of the matrix.</summary>
internal static class FreshSales
{
    /// <summary>A valid record of <paramref name="type"/> with a new id, owned by the key result's owner where it has an owner.</summary>
    public static Arrange Record(string type) => c => Task.FromResult<object?>(new[] { RecordBody(type, c) });

    private static object RecordBody(string type, MatrixCell c)
    {
        var id = c.World.Unique("rec").Replace(' ', '-');
        return type switch
        {
            "customers" => new { id, name = "Matrix Kft." },
            "deals" => new { id, amount = 100, createdOn = "2027-01-10" },
            "subscription-movements" => new { id, customer = "C-1", date = "2027-01-10", kind = "new", amount = 100 },
            "activities" => new { id, type = "coldCall", owner = c.World.Owner.PersonId.ToString(), at = "2027-02-01T09:00:00Z" },
            "survey-answers" => new { id, score = 9, at = "2027-02-01T09:00:00Z" },
            "complaints" => new { id, openedAt = "2027-02-01T09:00:00Z" },
            _ => new { id, name = "Matrix market", identifiedOn = "2027-01-10" },
        };
    }

    /// <summary>A customer whose external id is a GUID, so that the route can name it.</summary>
    public static async Task<object?> Customer(MatrixCell c)
    {
        var id = Guid.NewGuid();
        await MatrixWorld.SendAsync(c.World.Admin, HttpMethod.Post, "/api/v1/sales/customers", new[] { new { id = id.ToString(), name = "Matrix Zrt." } });
        c.Ids["salesRecordId"] = id;
        return null;
    }

    /// <summary>A fresh key result of the owner on the Sales objective, bound to the cold-call count by the admin.</summary>
    public static async Task<object?> BoundKeyResult(MatrixCell c)
    {
        var id = await c.World.KeyResultAsync(c.World.Ids["objectiveId"]);
        await MatrixWorld.SendAsync(c.World.Admin, HttpMethod.Put, $"/api/v1/key-results/{id}/metric", new { metric = "activities", activityType = "coldCall" });
        c.Ids["keyResultId"] = id;
        return null;
    }

    public static IEnumerable<MatrixRow> IngestionRows() => RecordTypes.ByName.Keys.Select(name =>
        new MatrixRow("POST", $"/api/v1/sales/{name}", [200, 200, 200, 200, 200, 403, 401, 401, 401, 403], Record(name)));
}
