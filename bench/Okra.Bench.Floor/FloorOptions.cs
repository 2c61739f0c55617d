namespace Okra.Bench.Floor;

internal sealed record FloorOptions(string Database, Guid Cycle, string TeamsFile, string KeyResultsFile, double Seconds)
{
    public static FloorOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2) values[args[i]] = args[i + 1];
        if (!values.TryGetValue("--db", out var db) || !values.TryGetValue("--cycle", out var cycle) || !Guid.TryParse(cycle, out var cycleId)
            || !values.TryGetValue("--teams", out var teams) || !values.TryGetValue("--key-results", out var keyResults))
            return null;
        var seconds = values.TryGetValue("--seconds", out var s) && double.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 10;
        return new FloorOptions(db, cycleId, teams, keyResults, seconds);
    }
}
