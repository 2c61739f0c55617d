using Okra.Domain.Sales;

namespace Okra.Generation;

/// <summary>
/// The generated activities counted per person, working day and type, in memory: a dense array while it stays under
/// 256 MB (10,000 people × 261 days × 5 types is 52 MB), else a dictionary of the cells that have a count. The rows come
/// out in the order of <c>ActivityDays</c>' primary key as SQLite stores it (the person's id as upper-case text, the day,
/// the type's name), so that they append to its B-tree instead of landing in random places.
/// </summary>
internal sealed class DailyCounts
{
    private const long DenseLimit = 64L * 1024 * 1024;

    private readonly Guid[] people;
    private readonly int[] rankOf;
    private readonly IReadOnlyList<DateOnly> days;
    private readonly ActivityType[] types = Enum.GetValues<ActivityType>().OrderBy(t => t.ToString(), StringComparer.Ordinal).ToArray();
    private readonly int[] typeRank;
    private readonly int[]? dense;
    private readonly Dictionary<long, int>? sparse;

    public DailyCounts(Guid[] people, IReadOnlyList<DateOnly> days)
    {
        this.days = days;
        var order = Enumerable.Range(0, people.Length).OrderBy(i => people[i].ToString().ToUpperInvariant(), StringComparer.Ordinal).ToArray();
        this.people = order.Select(i => people[i]).ToArray();
        rankOf = new int[people.Length];
        for (var rank = 0; rank < order.Length; rank++) rankOf[order[rank]] = rank;
        typeRank = new int[types.Max(t => (int)t) + 1];
        for (var rank = 0; rank < types.Length; rank++) typeRank[(int)types[rank]] = rank;
        var cells = (long)people.Length * days.Count * types.Length;
        if (cells <= DenseLimit) dense = new int[cells];
        else sparse = [];
    }

    /// <summary>One more activity of the person at <paramref name="personIndex"/> in the caller's list, on its day at <paramref name="dayIndex"/>.</summary>
    public void Add(int personIndex, int dayIndex, ActivityType type)
    {
        var cell = ((long)rankOf[personIndex] * days.Count + dayIndex) * types.Length + typeRank[(int)type];
        if (dense is not null) dense[cell]++;
        else sparse![cell] = sparse.GetValueOrDefault(cell) + 1;
    }

    /// <summary>How many person-day-type rows have a count.</summary>
    public long Count => dense is not null ? dense.LongCount(c => c > 0) : sparse!.Count;

    public IEnumerable<ActivityDay> Rows()
    {
        var cells = dense is not null
            ? Enumerable.Range(0, dense.Length).Where(c => dense[c] > 0).Select(c => ((long)c, dense[c]))
            : sparse!.OrderBy(c => c.Key).Select(c => (c.Key, c.Value));
        foreach (var (cell, count) in cells)
        {
            var type = (int)(cell % types.Length);
            var day = (int)(cell / types.Length % days.Count);
            var person = (int)(cell / types.Length / days.Count);
            yield return new ActivityDay(people[person], days[day], types[type], count);
        }
    }
}
