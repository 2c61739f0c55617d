using Okra.Domain.Cycles;
using Okra.Domain.People;
using Okra.Domain.Sales;
using static System.FormattableString;

namespace Okra.Demo;

internal sealed partial class DemoSales
{
    /// <summary>How much one person does on an average working day, besides cold calls.</summary>
    private sealed record Routine(Person Person, double Calls, double Meetings, double Demos, double Emails);

    /// <summary>
    /// Cold calls follow each seller's planned weekly pace (the share of 20 a week: Eszter and Réka on plan, Gábor slipping to
    /// half, Bence well behind) with some noise; the other activities are a steady daily rhythm per person.
    /// </summary>
    private void Rhythm()
    {
        ColdCalls(staff.Eszter, 1.1, 1.05);
        ColdCalls(staff.Gabor, 1.0, 0.5);
        ColdCalls(staff.Reka, 0.97, 1.02);
        ColdCalls(staff.Bence, 0.75, 0.35);
        Routine[] routines =
        [
            new(staff.Eszter, 3, 0.55, 0.3, 8), new(staff.Gabor, 3, 0.45, 0.3, 8), new(staff.Reka, 3, 0.45, 0.3, 8),
            new(staff.Bence, 2, 0.15, 0, 5), new(staff.Peter, 1, 0.3, 0.1, 4), new(staff.Zoltan, 1.5, 0.2, 0, 5),
            new(staff.Judit, 1.5, 0.35, 0, 5), new(staff.David, 1.5, 0.2, 0, 5), new(staff.Katalin, 1.5, 0.3, 0, 5),
        ];
        foreach (var day in WorkDays())
        {
            foreach (var r in routines)
            {
                // Eszter's "12 sales meetings a month" at 105 % rising to 110 % of plan.
                var meetings = r.Person == staff.Eszter ? 12.0 * 12 / 261 * Along(1.05, 1.1, day) : r.Meetings;
                Add(r.Person, ActivityType.Call, day, Poisson(r.Calls), texts.CallOutcomes);
                Add(r.Person, ActivityType.Meeting, day, Poisson(meetings), texts.MeetingOutcomes);
                Add(r.Person, ActivityType.Demo, day, Poisson(r.Demos), texts.MeetingOutcomes);
                Add(r.Person, ActivityType.Email, day, Poisson(r.Emails), null);
            }
        }
    }

    private void ColdCalls(Person seller, double startRatio, double endRatio)
    {
        foreach (var week in SubPeriod.Split(quarter, PeriodUnit.Week))
        {
            if (week.Dates.Start > Until) break;
            var days = Enumerable.Range(0, week.Dates.Days).Select(week.Dates.Start.AddDays).ToList();
            var workdays = days.Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToList();
            if (workdays.Count == 0) workdays = days;
            var elapsed = workdays.Where(d => d <= Until).ToList();
            // A clipped first or last week has its target pro-rated by days, as DESIGN §2 says.
            var target = 20.0 * (double)week.Share;
            var middle = week.Dates.Start.AddDays(week.Dates.Days / 2);
            var count = (int)Math.Round(target * Along(startRatio, endRatio, middle < Until ? middle : Until) * Spread(0.12) * elapsed.Count / workdays.Count);
            for (var i = 0; i < count; i++) Add(seller, ActivityType.ColdCall, Pick(elapsed), 1, texts.ColdCallOutcomes);
        }
    }

    private void Add(Person person, ActivityType type, DateOnly day, int count, IReadOnlyList<string>? outcomes)
    {
        for (var i = 0; i < count; i++)
        {
            var customer = type == ActivityType.ColdCall || Chance(0.5) ? Pick(prospects).ExternalId : Pick(paying).Customer.ExternalId;
            Activities.Add(new Activity(Invariant($"A-{Activities.Count + 1}"), type, person.Id, At(day), day, customer,
                outcomes is null ? null : Pick(outcomes)));
        }
    }
}
