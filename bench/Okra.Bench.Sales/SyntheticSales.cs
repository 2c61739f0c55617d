using Stopwatch = System.Diagnostics.Stopwatch;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Okra.Data;
using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;
using Okra.Domain.Metrics;
using Okra.Domain.Objectives;
using Okra.Domain.People;
using Okra.Domain.Sales;
using Okra.Domain.Teams;
using Okra.SalesData;

namespace Okra.Bench.Sales;

/// <summary>
/// A synthetic sales organisation on SQLite: <c>people</c> people in teams of ten, one personal objective each with three
/// automatic key results (cold calls a week, meetings a month, calls over the quarter) and one team key result per team
/// (the team's cold calls a week) — about 3.1 key results a person — and <c>activities</c> activities over the current
/// quarter so far, written in chunks through the ingestion's bulk writer (which also keeps ActivityDays).
/// </summary>
internal static class SyntheticSales
{
    public static async Task CreateAsync(string dir, int people, long activities)
    {
        var clock = Stopwatch.StartNew();
        await using var provider = BenchHost.Create(dir);
        await BenchHost.MigrateAsync(provider);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var now = DateTimeOffset.UtcNow;
        var start = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1);
        var cycle = new Cycle($"{today.Year}-Q{(today.Month - 1) / 3 + 1}", CycleKind.Quarter, start, start.AddMonths(3).AddDays(-1));
        var staff = Enumerable.Range(0, people).Select(i => new Person($"Seller {i:D5}", $"s{i:D5}@synthetic.test", "en")).ToList();
        var teams = Enumerable.Range(0, Math.Max(1, people / 10)).Select(i => new Team($"Team {i:D4}", TeamKind.Sales)).ToList();
        for (var i = 0; i < staff.Count; i++) teams[Math.Min(i / 10, teams.Count - 1)].SetMember(staff[i].Id, i % 10 == 0 ? TeamRole.Lead : TeamRole.Member);

        var objectives = new List<Objective>();
        var keyResults = new List<KeyResult>();
        var bindings = new List<MetricBinding>();
        void Bind(Objective o, string title, Guid owner, KeyResultSpec spec, Guid? person, Guid? team, ActivityType type)
        {
            var kr = new KeyResult(o.Id, title, owner, spec, KeyResultUnit.Count, null, 1m, now);
            keyResults.Add(kr);
            bindings.Add(new MetricBinding(kr, MetricId.Activities, person, team, null, null, type, null, now));
        }
        Objective Active(string title, ObjectiveLevel level, Guid? owner, Guid[] teamIds)
        {
            var o = new Objective(cycle.Id, title, null, level, ObjectiveType.Committed, owner, teamIds, now.AddDays(-1));
            o.MoveTo(ObjectiveStatus.Active, staff[0].Id, now);
            objectives.Add(o);
            return o;
        }
        foreach (var team in teams)
        {
            var lead = team.Members[0].PersonId;
            Bind(Active($"{team.Name} activity", ObjectiveLevel.Team, null, [team.Id]), "200 cold calls a week", lead,
                new RecurringSpec(PeriodUnit.Week, 200m), null, team.Id, ActivityType.ColdCall);
        }
        foreach (var person in staff)
        {
            var o = Active($"{person.Name}: more first meetings", ObjectiveLevel.Personal, person.Id, []);
            Bind(o, "20 cold calls a week", person.Id, new RecurringSpec(PeriodUnit.Week, 20m), person.Id, null, ActivityType.ColdCall);
            Bind(o, "12 meetings a month", person.Id, new RecurringSpec(PeriodUnit.Month, 12m), person.Id, null, ActivityType.Meeting);
            Bind(o, "300 calls this quarter", person.Id, new MetricSpec(0m, 300m), person.Id, null, ActivityType.Call);
        }

        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OkraDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Organisations.Add(new Domain.Organisations.Organisation("Synthetic Sales Ltd", "HUF", "en"));
            db.Cycles.Add(cycle);
            db.People.AddRange(staff);
            db.Teams.AddRange(teams);
            db.Objectives.AddRange(objectives);
            db.KeyResults.AddRange(keyResults);
            db.MetricBindings.AddRange(bindings);
            await db.SaveChangesAsync();
        }
        Console.WriteLine($"{people} people, {teams.Count} teams, {keyResults.Count} automatic key results in {clock.Elapsed.TotalSeconds:F1} s");

        var days = Enumerable.Range(0, today.DayNumber - start.DayNumber).Select(start.AddDays)
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).DefaultIfEmpty(today).ToList();
        var random = new Random(11);
        ActivityType[] types = [ActivityType.ColdCall, ActivityType.ColdCall, ActivityType.Call, ActivityType.Email, ActivityType.Email, ActivityType.Meeting, ActivityType.Demo];
        const int chunk = 1_000_000;
        for (long written = 0; written < activities; written += chunk)
        {
            var rows = new List<Activity>((int)Math.Min(chunk, activities - written));
            for (var i = 0; i < rows.Capacity; i++)
            {
                var day = days[random.Next(days.Count)];
                rows.Add(new Activity($"syn-{written + i:D9}", types[random.Next(types.Length)], staff[random.Next(staff.Count)].Id,
                    day.ToDateTime(new TimeOnly(7, 0), DateTimeKind.Utc).AddMinutes(random.Next(540)), day, null, null));
            }
            var step = Stopwatch.StartNew();
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OkraDbContext>();
            await db.Database.OpenConnectionAsync();
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await BulkWriter.For(db).WriteAsync(SalesTables.Activities, rows, transaction, default);
                await transaction.CommitAsync();
            }
            Console.WriteLine($"  {written + rows.Count:N0} activities ({rows.Count / step.Elapsed.TotalSeconds:N0} rows/s this chunk)");
        }
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OkraDbContext>();
            Console.WriteLine($"ActivityDays rows: {await db.ActivityDays.CountAsync():N0}; total {clock.Elapsed.TotalSeconds:F0} s");
        }
    }
}
