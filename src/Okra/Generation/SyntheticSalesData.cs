using System.Globalization;
using System.Linq.Expressions;
using Okra.Domain.KeyResults;
using Okra.Domain.Metrics;
using Okra.Domain.Sales;

namespace Okra.Generation;

/// <summary>
/// Sales data for <c>generate --activities N</c>: N activities over the working days of the generated year, and in
/// proportion customers (1 per 1,000, at least 100), deals (1 per 50), MRR movements (1 per 200), survey answers (1 per
/// 100) and complaints (1 per 500), all from the seed. Every "20 cold calls a week" key result becomes automatic (cold
/// calls of its owner), and so do the company's first MRR key result and first complaint-handling key result, so that a
/// recompute has every metric family to read. Activities stream in chunks, with ids in ascending order as the domain's
/// time-based ids come (a random id a row would insert ten million times into random places of the primary key); the
/// per-person daily counts (<c>ActivityDays</c>) are summed on the way in memory and written once at the end, in their
/// primary key's order, as ingestion keeps them. Both tables get their secondary indexes after they are loaded.
/// </summary>
internal sealed class SyntheticSalesData(long activities) : ISalesDataGenerator
{
    private static readonly ActivityType[] Types =
        [ActivityType.ColdCall, ActivityType.ColdCall, ActivityType.Call, ActivityType.Email, ActivityType.Email, ActivityType.Meeting, ActivityType.Demo];
    private static readonly string[] Outcomes = ["connected", "no answer", "meeting booked", "not interested"];
    private static readonly string[] Segments = ["SMB", "Mid-market", "Enterprise"];
    private static readonly string[] Markets = ["HU", "SK", "CZ", "PL", "RO"];
    private static readonly Action<object, Guid> NoId = (_, _) => { };

    private readonly Dictionary<Type, Action<object, Guid>> idSetters = [];

    public async Task GenerateAsync(SyntheticOrganisation organisation, BulkWriter writer, CancellationToken ct)
    {
        // The organisation's ids come from the seed, so a random drawn from its id is seeded too.
        var random = new Random(BitConverter.ToInt32(organisation.Organisation.Id.ToByteArray(), 0));
        var ids = new SyntheticIds(random);
        var currency = organisation.Organisation.Currency;
        var days = WorkingDays(organisation.Year.StartDate, organisation.Year.EndDate);
        var people = organisation.People.Select(p => p.Id).ToArray();
        var at = new DateTimeOffset(organisation.Year.StartDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(-7);

        var customerCount = (int)Math.Max(100, activities / 1_000);
        var customers = Enumerable.Range(1, customerCount).Select(i => WithId(new Customer(Code("C", i), $"Customer {i}",
            Segments[random.Next(Segments.Length)], Markets[random.Next(Markets.Length)], people[random.Next(people.Length)]), ids)).ToList();
        await writer.InsertAsync(customers, ct);
        string Customer() => customers[random.Next(customers.Count)].ExternalId;

        var counts = new DailyCounts(people, days);
        var activityIds = new SequentialIds(random);
        await writer.WithoutIndexesAsync<Activity>(() => writer.InsertAsync(Activities(random, activityIds, days, people, customerCount, counts), ct), ct);
        await writer.WithoutIndexesAsync<ActivityDay>(() => writer.InsertAsync(counts.Rows(), ct), ct);

        var deals = activities / 50;
        await writer.InsertAsync(Range(deals).Select(i =>
        {
            var created = days[random.Next(days.Count)];
            var status = random.Next(3) switch { 0 => DealStatus.Open, 1 => DealStatus.Won, _ => DealStatus.Lost };
            var closed = status == DealStatus.Open ? (DateOnly?)null : Min(created.AddDays(random.Next(1, 60)), organisation.Year.EndDate);
            return WithId(new Deal(Code("D", i), $"Deal {i}", Customer(), 100_000m + random.Next(0, 5_000) * 1_000m, currency, status.ToString(),
                created, closed, status, people[random.Next(people.Length)], (DealType)random.Next(3), null, Markets[random.Next(Markets.Length)]), ids);
        }), ct);

        var movements = activities / 200;
        await writer.InsertAsync(Range(movements).Select(i =>
        {
            // New subscriptions outnumber the rest, so MRR grows over the year.
            var kind = random.Next(10) switch { < 5 => MovementKind.New, < 8 => MovementKind.Expansion, 8 => MovementKind.Contraction, _ => MovementKind.Churn };
            return WithId(new SubscriptionMovement(Code("M", i), Customer(), days[random.Next(days.Count)], kind, 10_000m + random.Next(0, 90) * 1_000m, currency), ids);
        }), ct);

        var answers = activities / 100;
        await writer.InsertAsync(Range(answers).Select(i =>
        {
            var day = days[random.Next(days.Count)];
            return WithId(new SurveyAnswer(Code("S", i), Customer(), Noon(day, random), day, random.Next(11), null), ids);
        }), ct);

        var complaints = activities / 500;
        await writer.InsertAsync(Range(complaints).Select(i =>
        {
            var day = days[random.Next(days.Count)];
            var opened = Noon(day, random);
            var resolved = opened.AddHours(2 + random.NextDouble() * 46);
            return WithId(new Complaint(Code("T", i), Customer(), opened, day, opened.AddHours(1), resolved, DateOnly.FromDateTime(resolved),
                (ComplaintSeverity)random.Next(4), people[random.Next(people.Length)]), ids);
        }), ct);

        var bindings = Bindings(organisation, at);
        await writer.InsertAsync(bindings, ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{activities} activities ({counts.Count} daily counts), {customerCount} customers, {deals} deals, {movements} MRR movements, {answers} survey answers, {complaints} complaints, {bindings.Count} automatic key results."));
    }

    private IEnumerable<Activity> Activities(Random random, SequentialIds ids, List<DateOnly> days, Guid[] people, int customerCount, DailyCounts counts)
    {
        var setId = IdSetter<Activity>();
        for (long i = 1; i <= activities; i++)
        {
            var dayIndex = random.Next(days.Count);
            var day = days[dayIndex];
            var ownerIndex = random.Next(people.Length);
            var type = Types[random.Next(Types.Length)];
            counts.Add(ownerIndex, dayIndex, type);
            var occurred = day.ToDateTime(new TimeOnly(7, 0), DateTimeKind.Utc).AddMinutes(random.Next(540));
            var activity = new Activity(Code("A", i), type, people[ownerIndex], occurred, day, Code("C", random.Next(1, customerCount + 1)),
                Outcomes[random.Next(Outcomes.Length)]);
            setId(activity, ids.Next(i));
            yield return activity;
        }
    }

    /// <summary>Cold-call key results count their owner's cold calls; one MRR and one complaint-handling key result read those families.</summary>
    private static List<MetricBinding> Bindings(SyntheticOrganisation organisation, DateTimeOffset at)
    {
        var bindings = organisation.KeyResults.Where(k => k.Spec is RecurringSpec)
            .Select(k => new MetricBinding(k, MetricId.Activities, k.OwnerPersonId, null, null, null, ActivityType.ColdCall, null, at)).ToList();
        if (organisation.KeyResults.FirstOrDefault(k => k.Spec is MetricSpec && k.Unit == KeyResultUnit.Currency) is { } mrr)
            bindings.Add(new MetricBinding(mrr, MetricId.Mrr, null, null, null, null, null, null, at));
        if (organisation.KeyResults.FirstOrDefault(k => k.Spec is ThresholdSpec) is { } complaints)
            bindings.Add(new MetricBinding(complaints, MetricId.ComplaintHandlingMedian, null, null, null, null, null, null, at));
        return bindings;
    }

    /// <summary>Replaces the time-based id the domain constructor drew with one from the seed.</summary>
    private T WithId<T>(T entity, SyntheticIds ids) where T : class
    {
        IdSetter<T>()(entity, ids.Next());
        return entity;
    }

    private Action<object, Guid> IdSetter<T>() where T : class
    {
        if (!idSetters.TryGetValue(typeof(T), out var set))
        {
            var setter = typeof(T).GetProperty("Id")?.GetSetMethod(nonPublic: true);
            if (setter is null) set = NoId;
            else
            {
                var target = Expression.Parameter(typeof(object));
                var value = Expression.Parameter(typeof(Guid));
                set = Expression.Lambda<Action<object, Guid>>(Expression.Call(Expression.Convert(target, typeof(T)), setter, value), target, value).Compile();
            }
            idSetters[typeof(T)] = set;
        }
        return set;
    }

    private static List<DateOnly> WorkingDays(DateOnly start, DateOnly end)
    {
        var days = new List<DateOnly>();
        for (var day = start; day <= end; day = day.AddDays(1))
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days.Add(day);
        return days;
    }

    private static DateTime Noon(DateOnly day, Random random) => day.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc).AddMinutes(random.Next(360));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static IEnumerable<long> Range(long count)
    {
        for (long i = 1; i <= count; i++) yield return i;
    }

    private static string Code(string prefix, long number) => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{number:D9}");
}
