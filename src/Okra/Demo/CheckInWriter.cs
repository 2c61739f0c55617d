using Okra.Domain.Cycles;
using Okra.Domain.Initiatives;
using Okra.Domain.KeyResults;
using Okra.Domain.Progress;

namespace Okra.Demo;

/// <summary>
/// Writes the owners' check-in history of key results in one cycle, up to today: every Friday, plus a
/// closing check-in on the cycle's last day and, for monthly targets, on each month's last day, so that
/// every sub-period gets its actual. Values follow a <em>pace</em> (the share of the plan reached) that
/// moves from a start value to an end value, so a slipping key result starts confident and ends behind.
/// </summary>
internal sealed class CheckInWriter(DemoBuilder builder, Cycle cycle)
{
    // The day the history runs to: today in the current cycle, the last day in a past one.
    private readonly DateOnly until = builder.Today < cycle.EndDate ? builder.Today : cycle.EndDate;

    /// <summary>
    /// A metric whose pace moves from <paramref name="startPace"/> to whatever leaves its progress
    /// <paramref name="shortfall"/> below expected progress at the end of the history (negative: ahead).
    /// Status follows the shortfall: under 0.10 on track, 0.10–0.25 at risk, beyond that off track.
    /// </summary>
    public void Metric(KeyResult keyResult, decimal startPace, decimal shortfall, decimal step, bool cumulative = false)
    {
        var days = Days(monthEnds: false);
        if (days.Count == 0) return;
        var baseline = keyResult.Baseline!.Value;
        var span = keyResult.Target!.Value - baseline;
        var last = Expected(days[^1]);
        var goal = Math.Max(0m, Expected(until) - shortfall);
        var endPace = last > 0m ? goal / last : startPace;
        var previous = baseline;
        foreach (var day in days)
        {
            var pace = Along(startPace, endPace, day, last);
            // Counts (markets found, agreements signed) never go back; the last value stays exact so today's status is as planned.
            var jitter = cumulative || day == days[^1] ? 0m : builder.Jitter(0.02m);
            var value = Round(baseline + span * (Expected(day) * pace + jitter), step);
            if (cumulative) value = Math.Max(previous, value);
            previous = value;
            Write(keyResult, day, value, pace);
        }
    }

    /// <summary>
    /// A recurring target: each week or month reaches a share of its (pro-rated) target that moves from
    /// <paramref name="startRatio"/> to <paramref name="endRatio"/>. A weekly check-in on Friday reports the
    /// week's count; a month's count builds up through the month.
    /// </summary>
    public void Recurring(KeyResult keyResult, decimal startRatio, decimal endRatio)
    {
        var spec = (RecurringSpec)keyResult.Spec;
        var monthly = spec.Period == PeriodUnit.Month;
        var days = Days(monthEnds: monthly);
        if (days.Count == 0) return;
        var last = Expected(days[^1]);
        foreach (var period in SubPeriod.Split(cycle.Dates, spec.Period))
        {
            // Each period's ratio is set at its middle, so a month is judged by its own pace, not its first day's.
            var middle = period.Dates.Start.AddDays(period.Dates.Days / 2);
            var planned = Along(startRatio, endRatio, middle < days[^1] ? middle : days[^1], last);
            var ratio = Math.Max(0m, planned * (1m + builder.Jitter(0.06m)));
            foreach (var day in days.Where(period.Dates.Contains))
            {
                var share = monthly ? (decimal)(day.DayNumber - period.Dates.Start.DayNumber + 1) / period.Dates.Days : 1m;
                var count = Math.Round(spec.TargetOf(period) * ratio * share, MidpointRounding.AwayFromZero);
                Write(keyResult, day, count, ratio);
            }
        }
    }

    /// <summary>
    /// An at-most or at-least threshold whose measured value moves from <paramref name="start"/> to
    /// <paramref name="end"/>. Only the latest weeks keep the limit, as many as leave the share of weeks met
    /// <paramref name="shortfall"/> below expected progress; values are nudged across the limit to match, so
    /// random noise cannot change the planned status.
    /// </summary>
    public void Threshold(KeyResult keyResult, decimal start, decimal end, decimal shortfall, decimal step)
    {
        var spec = (ThresholdSpec)keyResult.Spec;
        var days = Days(monthEnds: false);
        if (days.Count == 0) return;
        var last = Expected(days[^1]);
        var kept = (int)Math.Round(Math.Clamp(Expected(until) - shortfall, 0m, 1m) * days.Count, MidpointRounding.AwayFromZero);
        for (var i = 0; i < days.Count; i++)
        {
            var keeps = i >= days.Count - kept;
            var value = Round(Along(start, end, days[i], last) + builder.Jitter(0.5m), step);
            if (spec.IsMet(value) != keeps)
                value = (spec.Comparison == Comparison.AtMost) == keeps ? spec.Limit - step : spec.Limit + step;
            var comment = builder.Pick(keeps ? builder.Texts.LimitMet : builder.Texts.LimitBroken);
            Write(keyResult, days[i], value, keeps ? builder.Between(7, 9) : builder.Between(4, 6), comment, null);
        }
    }

    /// <summary>A done-or-not milestone, done once <paramref name="doneAt"/> of the cycle has passed; no check-ins after.</summary>
    public void Milestone(KeyResult keyResult, decimal doneAt)
    {
        foreach (var day in Days(monthEnds: false))
        {
            var done = Expected(day) >= doneAt;
            var comment = done ? builder.Texts.Done : builder.Pick(builder.Texts.Pending);
            Write(keyResult, day, done ? 1m : 0m, done ? 10 : builder.Between(7, 9), comment, null);
            if (done) return;
        }
    }

    /// <summary>
    /// A checklist milestone: each weighted initiative is done once its share of the cycle has passed, and every
    /// check-in records the checklist's progress on its day. <paramref name="steps"/> come in the order they are done.
    /// </summary>
    public void Checklist(KeyResult keyResult, params (string Title, decimal Weight, decimal DoneAt)[] steps)
    {
        var reached = Expected(until);
        foreach (var (title, weight, doneAt) in steps)
        {
            var status = reached >= doneAt ? InitiativeStatus.Done
                : reached >= doneAt - 0.3m ? InitiativeStatus.InProgress : InitiativeStatus.NotStarted;
            builder.Initiative(keyResult, title, status, weight);
        }
        var finished = 0;
        foreach (var day in Days(monthEnds: false))
        {
            var items = steps.Select(s => new ChecklistItem(s.Weight, Expected(day) >= s.DoneAt)).ToList();
            var progress = keyResult.Spec.Measure([], cycle.Dates, day, items).Progress;
            var done = items.Count(i => i.Done);
            var comment = progress >= 1m ? builder.Texts.Done
                : done > finished ? $"{builder.Texts.StepFinished} {steps[done - 1].Title}"
                : builder.Pick(builder.Texts.Pending);
            finished = done;
            Write(keyResult, day, null, builder.Between(7, 9), comment, null, progress);
        }
    }

    private void Write(KeyResult keyResult, DateOnly day, decimal value, decimal pace)
    {
        var (comment, blockers) = builder.Note(pace);
        Write(keyResult, day, value, builder.Confidence(pace), comment, blockers);
    }

    private void Write(KeyResult keyResult, DateOnly day, decimal? value, int confidence, string comment,
        string? blockers, decimal checklistProgress = 0m) =>
        builder.CheckIns.Add(keyResult.CheckIn(day, value, confidence, comment, blockers, keyResult.OwnerPersonId,
            cycle.Dates, builder.Today, builder.At(day), checklistProgress));

    private List<DateOnly> Days(bool monthEnds)
    {
        var days = new List<DateOnly>();
        for (var day = cycle.StartDate; day <= until; day = day.AddDays(1))
        {
            if (day.DayOfWeek == DayOfWeek.Friday || day == cycle.EndDate || (monthEnds && day.AddDays(1).Day == 1))
                days.Add(day);
        }
        return days;
    }

    private decimal Expected(DateOnly day) => Fraction.Expected(cycle.Dates, day);

    /// <summary>Moves linearly from <paramref name="start"/> at the cycle's start to <paramref name="end"/> at expected progress <paramref name="last"/>.</summary>
    private decimal Along(decimal start, decimal end, DateOnly day, decimal last) =>
        last > 0m ? start + (end - start) * Expected(day) / last : start;

    private static decimal Round(decimal value, decimal step) =>
        Math.Round(value / step, MidpointRounding.AwayFromZero) * step;
}
