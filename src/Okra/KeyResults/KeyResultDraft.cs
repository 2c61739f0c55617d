using System.Globalization;
using Okra.Components.Localization;
using Okra.Domain.Common;
using Okra.Domain.Cycles;
using Okra.Domain.KeyResults;

namespace Okra.KeyResults;

/// <summary>
/// The key-result form's values. It validates with the domain's own rules — <see cref="SpecFromRequest"/> and the
/// <see cref="KeyResult"/> constructor — so that the form and the API refuse the same input with the same reason, shown
/// in the page's language next to the field it names.
/// </summary>
public sealed class KeyResultDraft
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public Guid? OwnerPersonId { get; set; }
    public decimal? Weight { get; set; } = 1m;
    public KeyResultKind Kind { get; set; } = KeyResultKind.Metric;
    public KeyResultUnit Unit { get; set; } = KeyResultUnit.Count;
    public string? Currency { get; set; }
    public decimal? Baseline { get; set; }
    public decimal? Target { get; set; }

    /// <summary>Metric: the target is set as a change from the baseline ("MRR +20 %") instead of a figure.</summary>
    public bool Relative { get; set; }

    /// <summary>Metric, relative: the change in percent (20 for +20 %, −15 for −15 %).</summary>
    public decimal? ChangePercent { get; set; }
    public PeriodUnit Period { get; set; } = PeriodUnit.Week;
    public decimal? TargetPerPeriod { get; set; }
    public Comparison Comparison { get; set; } = Comparison.AtMost;
    public decimal? Limit { get; set; }
    public decimal? UpperLimit { get; set; }
    public bool Checklist { get; set; }

    /// <summary>The request the API would get: only the chosen kind's measuring fields.</summary>
    public KeyResultRequest ToRequest(Guid objectiveId, int? version) => new(
        objectiveId, Title, Description, OwnerPersonId, Weight, Kind, Unit, Unit == KeyResultUnit.Currency ? Currency : null,
        Kind == KeyResultKind.Metric ? Baseline : null, Kind == KeyResultKind.Metric && !Relative ? Target : null,
        Kind == KeyResultKind.Metric && Relative ? ChangePercent / 100m : null,
        Kind is KeyResultKind.Recurring or KeyResultKind.Threshold ? Period : null, Kind == KeyResultKind.Recurring ? TargetPerPeriod : null,
        Kind == KeyResultKind.Threshold ? Comparison : null, Kind == KeyResultKind.Threshold ? Limit : null,
        Kind == KeyResultKind.Threshold && Comparison == Comparison.Between ? UpperLimit : null,
        Kind == KeyResultKind.Milestone ? Checklist : null, version, null);

    /// <summary>The measuring rule, or null when the values break one of its rules.</summary>
    public KeyResultSpec? Spec()
    {
        try
        {
            return SpecFromRequest.Build(ToRequest(Guid.Empty, null));
        }
        catch (DomainValidationException)
        {
            return null;
        }
    }

    /// <summary>The field errors of the domain's rules, by the API's field name, in <paramref name="culture"/>.</summary>
    public Dictionary<string, string> Validate(CultureInfo culture)
    {
        var errors = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // The measuring rule and the key result's own fields are checked apart, so that both can show an error at once.
        Collect(errors, culture, () => SpecFromRequest.Build(ToRequest(Guid.Empty, null)));
        Collect(errors, culture, () => _ = new KeyResult(Guid.Empty, Title ?? "", OwnerPersonId ?? Guid.Empty, new MilestoneSpec(),
            Unit, Unit == KeyResultUnit.Currency ? Currency : null, Weight ?? 0m, DateTimeOffset.UnixEpoch));
        return errors;
    }

    /// <summary>Runs one rule; a refusal is recorded against its field, its reason translated and written as a sentence.</summary>
    public static void Collect(Dictionary<string, string> errors, CultureInfo culture, Action rule)
    {
        try
        {
            rule();
        }
        catch (DomainValidationException invalid)
        {
            errors.TryAdd(invalid.Field, Sentence(ServerMessages.Translate(invalid.Reason, culture), culture));
        }
    }

    /// <summary>"must differ from the baseline." → "Must differ from the baseline.", since the field's label stands beside it.</summary>
    public static string Sentence(string reason, CultureInfo culture) =>
        reason.Length == 0 ? reason : char.ToUpper(reason[0], culture) + reason[1..];

    public static KeyResultDraft From(Tree.KeyResultProgressResponse k, string? description) => new()
    {
        Title = k.Title, Description = description, OwnerPersonId = k.OwnerPersonId, Weight = k.Weight, Kind = k.Kind, Unit = k.Unit,
        Currency = k.Currency, Baseline = k.Baseline, Target = k.Target, Relative = k.RelativeChange is not null,
        ChangePercent = k.RelativeChange * 100m, Period = k.Period ?? PeriodUnit.Week, TargetPerPeriod = k.TargetPerPeriod,
        Comparison = k.Comparison ?? Comparison.AtMost, Limit = k.Limit, UpperLimit = k.UpperLimit, Checklist = k.Checklist,
    };
}
