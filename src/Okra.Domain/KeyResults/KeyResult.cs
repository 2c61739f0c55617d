using Okra.Domain.Common;
using Okra.Domain.Cycles;

namespace Okra.Domain.KeyResults;

/// <summary>
/// A measurable outcome under an objective, with one owner, a weight, a unit and a <see cref="KeyResultSpec"/>
/// saying how progress is measured. Stored flat; <see cref="Spec"/> rebuilds the validated rule.
/// </summary>
public sealed partial class KeyResult : IVersioned
{
    private KeyResult() { }

    /// <summary>Creates an active key result; every argument is validated.</summary>
    public KeyResult(Guid objectiveId, string title, Guid ownerPersonId, KeyResultSpec spec,
        KeyResultUnit unit, string? currency, decimal weight, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        ObjectiveId = objectiveId;
        CreatedAt = now;
        Update(title, null, ownerPersonId, weight);
        Define(spec, unit, currency);
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The objective it measures.</summary>
    public Guid ObjectiveId { get; private set; }

    /// <summary>What is measured, e.g. "Win 50 new customers a month".</summary>
    public string Title { get; private set; } = "";

    /// <summary>Notes on how it is measured; Markdown.</summary>
    public string? Description { get; private set; }

    /// <summary>The one person responsible.</summary>
    [Audited]
    public Guid OwnerPersonId { get; private set; }

    /// <summary>Weight in the objective's roll-up, greater than zero (default 1).</summary>
    [Audited]
    public decimal Weight { get; private set; } = 1m;

    /// <summary>Metric, recurring, threshold or milestone.</summary>
    [Audited]
    public KeyResultKind Kind { get; private set; }

    /// <summary>What the numbers count.</summary>
    public KeyResultUnit Unit { get; private set; }

    /// <summary>ISO 4217 code when <see cref="Unit"/> is currency.</summary>
    public string? Currency { get; private set; }

    /// <summary>Metric: value at the start.</summary>
    [Audited]
    public decimal? Baseline { get; private set; }

    /// <summary>Metric: value to reach.</summary>
    [Audited]
    public decimal? Target { get; private set; }

    /// <summary>Metric: relative change as a fraction (0.20 for +20 %), when the target was set relatively.</summary>
    [Audited]
    public decimal? RelativeChange { get; private set; }

    /// <summary>Recurring and threshold: week or month.</summary>
    public PeriodUnit? Period { get; private set; }

    /// <summary>Recurring: target per whole week or month.</summary>
    [Audited]
    public decimal? TargetPerPeriod { get; private set; }

    /// <summary>Threshold: at most, at least or between.</summary>
    [Audited]
    public Comparison? Comparison { get; private set; }

    /// <summary>Threshold: the limit (lower limit for between).</summary>
    [Audited]
    public decimal? Limit { get; private set; }

    /// <summary>Threshold: the upper limit for between.</summary>
    [Audited]
    public decimal? UpperLimit { get; private set; }

    /// <summary>Milestone: progress comes from the weighted initiatives.</summary>
    public bool Checklist { get; private set; }

    /// <summary>Active or archived (retired).</summary>
    [Audited]
    public KeyResultState State { get; private set; }

    /// <summary>The owner's score at close, replacing the default; null when not overridden.</summary>
    [Audited]
    public decimal? ScoreOverride { get; private set; }

    /// <summary>Why the owner overrode the score.</summary>
    public string? ScoreOverrideReason { get; private set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <inheritdoc />
    public int Version { get; private set; }

    /// <summary>The validated measuring rule.</summary>
    public KeyResultSpec Spec => Kind switch
    {
        KeyResultKind.Metric => new MetricSpec(Baseline!.Value, Target!.Value, RelativeChange),
        KeyResultKind.Recurring => new RecurringSpec(Period!.Value, TargetPerPeriod!.Value),
        KeyResultKind.Threshold => new ThresholdSpec(Comparison!.Value, Limit!.Value, UpperLimit, Period!.Value),
        _ => new MilestoneSpec(Checklist),
    };

    /// <summary>Changes title, description, owner and weight.</summary>
    public void Update(string title, string? description, Guid ownerPersonId, decimal weight)
    {
        var validTitle = Guard.Text(title, "title");
        var validDescription = Guard.OptionalText(description, "description");
        if (weight <= 0m || weight > 100m)
            throw new DomainValidationException("weight", "must be greater than 0 and at most 100.");
        if (ownerPersonId == Guid.Empty)
            throw new DomainValidationException("ownerPersonId", "is required.");
        Title = validTitle;
        Description = validDescription;
        OwnerPersonId = ownerPersonId;
        Weight = weight;
    }

    /// <summary>Sets how the key result is measured. A currency unit needs a known currency; other units none.</summary>
    public void Define(KeyResultSpec spec, KeyResultUnit unit, string? currency)
    {
        Guard.Defined(unit, "unit");
        string? validCurrency = null;
        if (unit == KeyResultUnit.Currency) validCurrency = Common.Currency.Parse(currency).Code;
        else if (!string.IsNullOrWhiteSpace(currency))
            throw new DomainValidationException("currency", "is only used when the unit is currency.");

        Kind = spec.Kind;
        Unit = unit;
        Currency = validCurrency;
        (Baseline, Target, RelativeChange, Period, TargetPerPeriod) = ((decimal?)null, (decimal?)null, (decimal?)null, (PeriodUnit?)null, (decimal?)null);
        (Comparison, Limit, UpperLimit, Checklist) = ((Comparison?)null, (decimal?)null, (decimal?)null, false);
        switch (spec)
        {
            case MetricSpec m:
                (Baseline, Target, RelativeChange) = (m.Baseline, m.Target, m.RelativeChange);
                break;
            case RecurringSpec r:
                (Period, TargetPerPeriod) = (r.Period, r.TargetPerPeriod);
                break;
            case ThresholdSpec t:
                (Period, Comparison, Limit, UpperLimit) = (t.Period, t.Comparison, t.Limit, t.UpperLimit);
                break;
            case MilestoneSpec s:
                Checklist = s.Checklist;
                break;
        }
    }

    /// <summary>Retires the key result: it stays for history but no longer counts or takes check-ins.</summary>
    public void Archive() => State = KeyResultState.Archived;

    /// <summary>Overrides the score at close with a reason, or clears the override with null.</summary>
    public void OverrideScore(decimal? score, string? reason)
    {
        if (score is null)
        {
            ScoreOverride = null;
            ScoreOverrideReason = null;
            return;
        }
        Guard.InRange(score.Value, 0m, 1m, "score");
        ScoreOverrideReason = Guard.Text(reason, "reason", 1000);
        ScoreOverride = score;
    }
}
