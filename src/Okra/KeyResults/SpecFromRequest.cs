using Okra.Domain.Common;
using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;

namespace Okra.KeyResults;

/// <summary>Builds the domain's measuring rule from a request, refusing fields that belong to another kind.</summary>
internal static class SpecFromRequest
{
    public static KeyResultSpec Build(KeyResultRequest r)
    {
        var kind = r.Kind ?? throw new DomainValidationException("kind", "is required: metric, recurring, threshold or milestone.");
        Guard.Defined(kind, "kind");
        RefuseForeignFields(r, kind);
        switch (kind)
        {
            case KeyResultKind.Metric:
                var baseline = r.Baseline ?? throw new DomainValidationException("baseline", "is required for a metric key result.");
                if (r.RelativeChange is not { } change)
                    return new MetricSpec(baseline, r.Target ?? throw new DomainValidationException("target", "is required for a metric key result (or give relativeChange)."));
                var relative = MetricSpec.Relative(baseline, change);
                if (r.Target is { } target && target != relative.Target)
                    throw new DomainValidationException("target", $"does not match relativeChange: baseline × (1 + {change}) is {relative.Target}.");
                return relative;
            case KeyResultKind.Recurring:
                return new RecurringSpec(r.Period ?? PeriodUnit.Week,
                    r.TargetPerPeriod ?? throw new DomainValidationException("targetPerPeriod", "is required for a recurring key result."));
            case KeyResultKind.Threshold:
                return new ThresholdSpec(
                    r.Comparison ?? throw new DomainValidationException("comparison", "is required for a threshold key result: atMost, atLeast or between."),
                    r.Limit ?? throw new DomainValidationException("limit", "is required for a threshold key result."),
                    r.UpperLimit, r.Period ?? PeriodUnit.Week);
            default:
                return new MilestoneSpec(r.Checklist ?? false);
        }
    }

    private static void RefuseForeignFields(KeyResultRequest r, KeyResultKind kind)
    {
        var given = new (string Field, bool Present, KeyResultKind[] UsedBy)[]
        {
            ("baseline", r.Baseline is not null, [KeyResultKind.Metric]),
            ("target", r.Target is not null, [KeyResultKind.Metric]),
            ("relativeChange", r.RelativeChange is not null, [KeyResultKind.Metric]),
            ("period", r.Period is not null, [KeyResultKind.Recurring, KeyResultKind.Threshold]),
            ("targetPerPeriod", r.TargetPerPeriod is not null, [KeyResultKind.Recurring]),
            ("comparison", r.Comparison is not null, [KeyResultKind.Threshold]),
            ("limit", r.Limit is not null, [KeyResultKind.Threshold]),
            ("upperLimit", r.UpperLimit is not null, [KeyResultKind.Threshold]),
            ("checklist", r.Checklist is true, [KeyResultKind.Milestone]),
        };
        foreach (var (field, present, usedBy) in given)
        {
            if (present && !usedBy.Contains(kind))
                throw new DomainValidationException(field, $"is not used by a {kind.ToString().ToLowerInvariant()} key result.");
        }
    }
}
