using Okra.Components.Common;
using Okra.Domain.KeyResults;
using Okra.Tree;

namespace Okra.CheckIns;

/// <summary>What a person types into one row of the check-in screen, and how that row's last save went.</summary>
public sealed class CheckInForm(CheckInRow row)
{
    public CheckInRow Row { get; set; } = row;

    public KeyResultProgressResponse KeyResult => Row.KeyResult;

    public decimal? Value { get; set; } = row.KeyResult.Kind == KeyResultKind.Metric ? row.KeyResult.CurrentValue : null;

    /// <summary>A plain milestone's value: done (1) or not (0).</summary>
    public bool Done { get; set; } = row.KeyResult.Progress >= 1m;

    public int? Confidence { get; set; } = row.KeyResult.Confidence;

    public string? Comment { get; set; }

    public string? Blockers { get; set; }

    public bool Saving { get; set; }

    public bool Saved { get; set; }

    public Outcome<CheckInCreatedResponse>? Failure { get; set; }

    /// <summary>A checklist milestone takes its value from its initiatives; the request then carries none.</summary>
    public bool TakesValue => !(KeyResult.Kind == KeyResultKind.Milestone && KeyResult.Checklist);

    public bool IsPlainMilestone => KeyResult is { Kind: KeyResultKind.Milestone, Checklist: false };

    public CheckInRequest ToRequest() => new(null, IsPlainMilestone ? (Done ? 1m : 0m) : TakesValue ? Value : null, Confidence,
        string.IsNullOrWhiteSpace(Comment) ? null : Comment.Trim(), string.IsNullOrWhiteSpace(Blockers) ? null : Blockers.Trim());

    public string? ErrorOf(string field) => Failure?.ErrorOf(field);

    /// <summary>After a save: the key result as it stands now, and a clean slate for the texts.</summary>
    public void Succeeded(KeyResultProgressResponse now)
    {
        Row = Row with { KeyResult = now };
        (Saved, Failure, Comment, Blockers) = (true, null, null, null);
    }
}
