using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Okra.Bench.Floor;

/// <summary>
/// The rows behind <c>GET /api/v1/cycles/{id}/tree?teamId=</c>: the cycle, the organisation's tolerances, the team's
/// members, the objectives the team or its people own in the cycle, their owner teams, their key results, those key
/// results' check-in figures and the owners' names. Every column of every row is read, as a materialiser would.
/// </summary>
internal static class TeamTreeRows
{
    // The team's objectives found from the team and its people through the owner indexes, as the app does.
    private const string Objectives = """
        SELECT * FROM Objectives
        WHERE CycleId = $cycle AND Status <> 'Archived' AND Id IN (
            SELECT ObjectiveId FROM ObjectiveTeams WHERE TeamId = $team
            UNION ALL SELECT Id FROM Objectives WHERE OwnerPersonId IN (SELECT PersonId FROM TeamMembers WHERE TeamId = $team)
            UNION ALL SELECT ObjectiveId FROM KeyResults WHERE OwnerPersonId IN (SELECT PersonId FROM TeamMembers WHERE TeamId = $team))
        """;

    public static int Read(string connectionString, Guid cycle, Guid team)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var rows = 0;
        rows += Rows(connection, "SELECT * FROM Cycles WHERE Id = $cycle", ("$cycle", Text(cycle)));
        rows += Rows(connection, "SELECT * FROM Organisations ORDER BY Id LIMIT 1");
        rows += Rows(connection, "SELECT PersonId FROM TeamMembers WHERE TeamId = $team", ("$team", Text(team)));
        var objectives = new List<string>();
        var people = new HashSet<string>();
        rows += Rows(connection, Objectives, r =>
        {
            objectives.Add(r.GetString(r.GetOrdinal("Id")));
            if (!r.IsDBNull(r.GetOrdinal("OwnerPersonId"))) people.Add(r.GetString(r.GetOrdinal("OwnerPersonId")));
        }, ("$cycle", Text(cycle)), ("$team", Text(team)));
        var ids = JsonSerializer.Serialize(objectives);
        var teams = new HashSet<string>();
        rows += Rows(connection, "SELECT * FROM ObjectiveTeams WHERE ObjectiveId IN (SELECT value FROM json_each($ids))",
            r => teams.Add(r.GetString(r.GetOrdinal("TeamId"))), ("$ids", ids));
        var keyResults = new List<string>();
        rows += Rows(connection, "SELECT * FROM KeyResults WHERE ObjectiveId IN (SELECT value FROM json_each($ids))", r =>
        {
            keyResults.Add(r.GetString(r.GetOrdinal("Id")));
            people.Add(r.GetString(r.GetOrdinal("OwnerPersonId")));
        }, ("$ids", ids));
        rows += Rows(connection, """
            SELECT KeyResultId, Date, Value, Confidence FROM CheckIns
            WHERE NOT IsRetracted AND KeyResultId IN (SELECT value FROM json_each($ids)) ORDER BY CreatedAt, Id
            """, ("$ids", JsonSerializer.Serialize(keyResults)));
        rows += Rows(connection, "SELECT Id, Name FROM People WHERE Id IN (SELECT value FROM json_each($ids))", ("$ids", JsonSerializer.Serialize(people)));
        rows += Rows(connection, "SELECT Id, Name FROM Teams WHERE Id IN (SELECT value FROM json_each($ids))", ("$ids", JsonSerializer.Serialize(teams)));
        return rows;
    }

    /// <summary>EF Core stores a Guid on SQLite as upper-case text.</summary>
    public static string Text(Guid id) => id.ToString().ToUpperInvariant();

    private static int Rows(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters) =>
        Rows(connection, sql, _ => { }, parameters);

    private static int Rows(SqliteConnection connection, string sql, Action<SqliteDataReader> each, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        var rows = 0;
        var values = new object[reader.FieldCount];
        while (reader.Read())
        {
            reader.GetValues(values);
            each(reader);
            rows++;
        }
        return rows;
    }
}
