using Okra.Data;
using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Domain.People;
using Okra.Domain.Teams;

namespace Okra.Bench.Web;

/// <summary>
/// A large organisation for the tree page: <paramref name="objectives"/> objectives in one quarter — 10 company objectives,
/// a team objective per team aligned to them, personal objectives aligned to the teams' — with four key results each
/// (the four kinds in turn) and a check-in on each key result every week so far. Deterministic.
/// </summary>
internal static class SyntheticOkrs
{
    public static async Task SeedAsync(OkraDbContext db, DateOnly today, int objectives, int keyResultsEach = 4)
    {
        var random = new Random(42);
        var now = new DateTimeOffset(today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        var quarterStart = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1);
        var cycle = new Cycle($"{today.Year}-Q{(today.Month - 1) / 3 + 1}", CycleKind.Quarter, quarterStart, quarterStart.AddMonths(3).AddDays(-1));
        db.Organisations.Add(new Domain.Organisations.Organisation("Synthetic Ltd", "HUF", "en"));
        db.Cycles.Add(cycle);

        const int companyCount = 10;
        var teamCount = Math.Max(1, (objectives - companyCount) / 10);
        var personalCount = objectives - companyCount - teamCount;
        var people = Enumerable.Range(0, Math.Max(teamCount * 5, 1)).Select(i => new Person($"Person {i:D4}", $"p{i:D4}@synthetic.test", "en")).ToList();
        var teams = Enumerable.Range(0, teamCount).Select(i => new Team($"Team {i:D3}", (TeamKind)(i % 3))).ToList();
        for (var i = 0; i < teams.Count; i++)
            for (var m = 0; m < 5; m++) teams[i].SetMember(people[i * 5 + m].Id, m == 0 ? TeamRole.Lead : TeamRole.Member);
        db.People.AddRange(people);
        db.Teams.AddRange(teams);

        var all = new List<Objective>();
        Guid? ParentOf(Guid id) => all.Find(o => o.Id == id)?.ParentObjectiveId;
        Objective Add(string title, ObjectiveLevel level, Guid? person, Guid[] teamIds, Objective? parent)
        {
            var objective = new Objective(cycle.Id, title, null, level, ObjectiveType.Committed, person, teamIds, now.AddDays(-60));
            if (parent is not null) objective.AlignTo(new AlignmentTarget(parent.Id, null, cycle.Dates), cycle.Dates, ParentOf);
            objective.MoveTo(ObjectiveStatus.Active, people[0].Id, now.AddDays(-59));
            all.Add(objective);
            return objective;
        }

        var company = Enumerable.Range(0, companyCount).Select(i => Add($"Company objective {i}", ObjectiveLevel.Company, null, [teams[0].Id], null)).ToList();
        var teamObjectives = teams.Select((t, i) => Add($"{t.Name} objective", ObjectiveLevel.Team, null, [t.Id], company[i % companyCount])).ToList();
        for (var i = 0; i < personalCount; i++)
            Add($"Personal objective {i}", ObjectiveLevel.Personal, people[i % people.Count].Id, [], teamObjectives[i % teamObjectives.Count]);
        db.Objectives.AddRange(all);

        var weeks = SubPeriod.Split(cycle.Dates, PeriodUnit.Week).Where(w => w.Dates.End < today).ToList();
        foreach (var objective in all)
        {
            for (var k = 0; k < keyResultsEach; k++)
            {
                var owner = objective.OwnerPersonId ?? people[random.Next(people.Count)].Id;
                KeyResultSpec spec = k switch
                {
                    0 => new MetricSpec(0, 100),
                    1 => new RecurringSpec(PeriodUnit.Week, 20),
                    2 => new ThresholdSpec(Comparison.AtMost, 24),
                    _ => new MilestoneSpec(),
                };
                var keyResult = new KeyResult(objective.Id, $"Key result {k + 1} of {objective.Title}", owner, spec, KeyResultUnit.Count, null, 1m, now.AddDays(-59));
                db.KeyResults.Add(keyResult);
                foreach (var week in weeks)
                {
                    decimal value = k switch
                    {
                        0 => Math.Round(100m * (week.Dates.End.DayNumber - cycle.StartDate.DayNumber) / (cycle.EndDate.DayNumber - cycle.StartDate.DayNumber) * (decimal)(0.5 + random.NextDouble()), 0),
                        1 => random.Next(10, 30),
                        2 => random.Next(8, 40),
                        _ => week == weeks[^1] && random.Next(3) == 0 ? 1 : 0,
                    };
                    db.CheckIns.Add(keyResult.CheckIn(week.Dates.End, value, random.Next(4, 10), null, null, owner, cycle.Dates, today, now));
                }
            }
        }
        await db.SaveChangesAsync();
    }
}
