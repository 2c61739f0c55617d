using System.Globalization;
using Okra.Domain.CheckIns;
using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Objectives;
using Okra.Domain.People;
using Okra.Domain.Teams;

namespace Okra.Generation;

/// <summary>
/// A large, realistic organisation built from the domain's own constructors (so every row passes its rules), from a
/// seed: one person in ten per team, teams in a company → division → region → team tree, a fiscal year and its four
/// quarters, three key results per person — half annual, half quarterly, of every kind — and a check-in every
/// Friday of each key result's cycle.
/// </summary>
internal sealed class SyntheticOrganisation
{
    private static readonly string[] Surnames = ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Balogh", "Papp"];
    private static readonly string[] GivenNames = ["Anna", "Péter", "Eszter", "Zoltán", "Réka", "Gábor", "Judit", "Dávid", "Katalin", "Márton", "Lilla", "Bence"];
    private static readonly TeamKind[] Kinds = [TeamKind.Sales, TeamKind.Sales, TeamKind.BusinessDevelopment, TeamKind.CustomerSuccess];

    private readonly Random random;
    private readonly SyntheticIds ids;

    public SyntheticOrganisation(int people, int seed, int year)
    {
        random = new Random(seed);
        ids = new SyntheticIds(random);
        var calendar = new FiscalCalendar();
        Organisation = ids.Assign(new Domain.Organisations.Organisation("Synthetic Sales Ltd"));
        Year = ids.Assign(Cycle.Named(calendar, FiscalCalendar.YearName(year)));
        Quarters = [.. Enumerable.Range(1, 4).Select(q => ids.Assign(Cycle.Named(calendar, FiscalCalendar.QuarterName(year, q))))];
        BuildPeopleAndTeams(people);
        BuildOkrs();
    }

    public Domain.Organisations.Organisation Organisation { get; }

    public Cycle Year { get; }
    public List<Cycle> Quarters { get; }
    public List<Person> People { get; } = [];
    public List<Team> Teams { get; } = [];
    public List<Objective> Objectives { get; } = [];
    public List<KeyResult> KeyResults { get; } = [];

    /// <summary>The check-ins, made on demand: there are about 30 per person, too many to hold at once.</summary>
    public IEnumerable<CheckIn> CheckIns()
    {
        var rng = new Random(random.Next());
        var checkInIds = new SyntheticIds(rng);
        var cycles = Quarters.Append(Year).ToDictionary(c => c.Id);
        var cycleOf = Objectives.ToDictionary(o => o.Id, o => cycles[o.CycleId]);
        foreach (var keyResult in KeyResults)
        {
            var cycle = cycleOf[keyResult.ObjectiveId];
            var weeks = Fridays(cycle).ToList();
            for (var week = 0; week < weeks.Count; week++)
            {
                var day = weeks[week];
                var checkIn = keyResult.CheckIn(day, ValueOf(keyResult, week, weeks.Count, rng), rng.Next(4, 11), null, null,
                    keyResult.OwnerPersonId, cycle.Dates, cycle.EndDate, At(day));
                SyntheticIds.Set(checkIn, "Id", checkInIds.Next());
                yield return checkIn;
            }
        }
    }

    private void BuildPeopleAndTeams(int people)
    {
        for (var i = 0; i < people; i++)
        {
            var name = $"{Surnames[random.Next(Surnames.Length)]} {GivenNames[random.Next(GivenNames.Length)]} {i + 1}";
            People.Add(ids.Assign(new Person(name, $"person{i + 1}@synthetic.okra.local", i % 5 == 0 ? "en" : "hu")));
        }
        // About one team in ten people: the company, 5 divisions, 6 regions each, the rest as teams under the regions.
        var teamCount = Math.Max(1, people / 10);
        var parents = new Dictionary<Guid, Guid?>();
        for (var i = 0; i < teamCount; i++)
        {
            var level = i == 0 ? "Company" : i <= 5 ? "Division" : i <= 35 ? "Region" : "Team";
            var team = ids.Assign(new Team($"{level} {i + 1}", i == 0 ? TeamKind.Other : Kinds[i % Kinds.Length]));
            Guid? parent = i == 0 ? null : i <= 5 ? Teams[0].Id : i <= 35 ? Teams[1 + (i - 6) % 5].Id : Teams[Math.Min(i - 1, 6 + (i - 36) % 30)].Id;
            team.MoveUnder(parent, id => parents.GetValueOrDefault(id));
            parents[team.Id] = parent;
            Teams.Add(team);
        }
        // Person i belongs to team i mod n; the first of each team leads it and everyone reports to the lead.
        var leads = new Dictionary<Guid, Person>();
        for (var i = 0; i < People.Count; i++)
        {
            var team = Teams[i % Teams.Count];
            var person = People[i];
            var isLead = leads.TryAdd(team.Id, person);
            team.SetMember(person.Id, isLead ? TeamRole.Lead : TeamRole.Member);
            if (!isLead) person.ReportTo(leads[team.Id].Id, _ => null);
        }
    }

    private void BuildOkrs()
    {
        var membersOf = Teams.ToDictionary(t => t.Id, t => t.Members.Select(m => m.PersonId).ToList());
        var number = 0;
        foreach (var team in Teams)
        {
            var members = membersOf[team.Id];
            if (members.Count == 0) continue;
            // Three key results a person: half on the team's annual objective, half on its quarterly ones.
            var annual = Objective(Year, team, $"Grow {team.Name} in {Year.Name}");
            for (var k = 0; k < members.Count * 3 / 2; k++) KeyResult(annual, members[k % members.Count], ++number);
            foreach (var quarter in Quarters)
            {
                var objective = Objective(quarter, team, $"Deliver {team.Name}'s {quarter.Name} plan");
                for (var k = 0; k < (members.Count * 3 + 7) / 8; k++) KeyResult(objective, members[(k + 1) % members.Count], ++number);
            }
        }
    }

    private Objective Objective(Cycle cycle, Team team, string title)
    {
        var objective = new Objective(cycle.Id, title, null, ObjectiveLevel.Team, random.Next(3) == 0 ? ObjectiveType.Aspirational : ObjectiveType.Committed,
            null, [team.Id], At(cycle.StartDate.AddDays(-7)));
        ids.Assign(objective);
        foreach (var owner in objective.OwnerTeams) SyntheticIds.Set(owner, "ObjectiveId", objective.Id);
        objective.MoveTo(ObjectiveStatus.Active, null, At(cycle.StartDate.AddDays(-3)));
        Objectives.Add(objective);
        return objective;
    }

    private void KeyResult(Objective objective, Guid owner, int number)
    {
        var (title, spec, unit) = (number % 4) switch
        {
            0 => ($"Increase MRR #{number}", (KeyResultSpec)new MetricSpec(1_000_000m, 1_200_000m), KeyResultUnit.Currency),
            1 => ($"20 cold calls a week #{number}", new RecurringSpec(PeriodUnit.Week, 20m), KeyResultUnit.Count),
            2 => ($"Complaints handled within 24 h #{number}", new ThresholdSpec(Comparison.AtMost, 24m), KeyResultUnit.Hours),
            _ => ($"Run the satisfaction survey #{number}", new MilestoneSpec(), KeyResultUnit.Count),
        };
        KeyResults.Add(ids.Assign(new KeyResult(objective.Id, title, owner, spec, unit, unit == KeyResultUnit.Currency ? "HUF" : null, 1m, objective.CreatedAt.AddMinutes(1))));
    }

    private static decimal ValueOf(KeyResult keyResult, int week, int weeks, Random rng) => keyResult.Spec switch
    {
        MetricSpec => 1_000_000m + Math.Round(200_000m * (week + 1) / weeks * (decimal)(0.6 + rng.NextDouble() * 0.6), 0),
        RecurringSpec => rng.Next(10, 26),
        ThresholdSpec => rng.Next(8, 36),
        _ => week == weeks - 1 && rng.Next(2) == 0 ? 1m : 0m,
    };

    private static IEnumerable<DateOnly> Fridays(Cycle cycle)
    {
        var day = cycle.StartDate.AddDays(((int)DayOfWeek.Friday - (int)cycle.StartDate.DayOfWeek + 7) % 7);
        for (; day <= cycle.EndDate; day = day.AddDays(7)) yield return day;
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{People.Count} people, {Teams.Count} teams, {Quarters.Count + 1} cycles, {Objectives.Count} objectives, {KeyResults.Count} key results");
}
