using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Okra.Components.Common;
using Okra.Cycles;
using Okra.Data;
using Okra.Hosting;
using Okra.Notifications;
using Okra.Objectives;
using Okra.Reviews;
using Okra.Security;
using Okra.Tree;

namespace Okra.Scoring;

/// <summary>
/// The end of a cycle: every objective's and key result's score by DESIGN §2 with the owners' overrides, each team's
/// retrospective, carrying objectives over into a later cycle, and the close button that makes the cycle read-only.
/// </summary>
public sealed partial class CycleClosePage
{
    private readonly Dictionary<Guid, RetroDraft> drafts = [];
    private CycleScoresResponse? view;
    private RhythmChoices? choices;
    private List<CycleResponse> carryTargets = [];
    private Guid? carryInto;
    private bool loaded;
    private bool busy;
    private string? message;
    private bool failed;

    [Parameter]
    public Guid Id { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    [Inject]
    private IServiceScopeFactory ScopeFactory { get; set; } = default!;

    [Inject]
    private SignedInActions Actions { get; set; } = default!;

    /// <summary>A retrospective being written.</summary>
    private sealed class RetroDraft
    {
        public string? WentWell { get; set; }
        public string? ToImprove { get; set; }
    }

    protected override async Task OnParametersSetAsync()
    {
        var user = (await Authentication).User;
        choices = await ScopeFactory.ReadAsAsync<ReviewsPageData, RhythmChoices>(user, d => d.ChoicesAsync(default));
        await ReloadAsync();
        if (view is not null)
            carryTargets = [.. choices.Cycles.Where(c => c.StartDate > view.StartDate).OrderBy(c => c.StartDate)];
    }

    private async Task ReloadAsync()
    {
        var user = (await Authentication).User;
        view = await ScopeFactory.ReadAsAsync<CycleScoresReader, CycleScoresResponse?>(user, r => r.ReadAsync(Id, default));
        drafts.Clear();
        loaded = true;
    }

    private RetroDraft Draft(RetrospectiveResponse r)
    {
        if (!drafts.TryGetValue(r.TeamId, out var draft)) drafts[r.TeamId] = draft = new RetroDraft { WentWell = r.WentWell, ToImprove = r.ToImprove };
        return draft;
    }

    private string CycleName(Guid? id) => carryTargets.FirstOrDefault(c => c.Id == id)?.Name ?? "";

    private void Show<TValue>(Outcome<TValue> outcome, string success)
    {
        failed = !outcome.Succeeded;
        message = outcome.Succeeded ? success : outcome.Error ?? string.Join(" ", outcome.FieldErrors.Values);
    }

    private async Task CloseAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(T["Close_ConfirmTitle", view!.CycleName], T["Close_ConfirmText"], yesText: T["Close_Button"], cancelText: T["Cancel"]);
        if (confirmed != true) return;
        busy = true;
        var outcome = await Actions.RunAsync<CycleScoresResponse>(async (s, ct) => await CloseCycle.Handle(Id, s.GetRequiredService<OkraDbContext>(),
            s.GetRequiredService<CurrentActor>(), s.GetRequiredService<SnapshotReader>(), s.GetRequiredService<CycleScoresReader>(), s.GetRequiredService<Today>(),
            s.GetRequiredService<INotificationPublisher>(), ct));
        busy = false;
        Show(outcome, T["Close_Done", view.CycleName]);
        await ReloadAsync();
    }

    private async Task SaveRetroAsync(Guid teamId)
    {
        var draft = drafts[teamId];
        busy = true;
        var outcome = await Actions.RunAsync<CycleScoresResponse>(async (s, ct) => await Retrospectives.Write(Id, teamId, new RetrospectiveRequest(draft.WentWell, draft.ToImprove),
            s.GetRequiredService<OkraDbContext>(), s.GetRequiredService<CurrentActor>(), s.GetRequiredService<CycleScoresReader>(), s.GetRequiredService<Today>(), ct));
        busy = false;
        Show(outcome, T["Retro_Saved"]);
        if (outcome.Succeeded) await ReloadAsync();
    }

    private async Task CarryOverAsync(ObjectiveScore objective)
    {
        busy = true;
        var outcome = await Actions.RunAsync<ObjectiveDetailResponse>(async (s, ct) => await CarryOver.Handle(objective.Id, new CarryOverRequest(carryInto),
            s.GetRequiredService<OkraDbContext>(), s.GetRequiredService<OkrAccess>(), s.GetRequiredService<ObjectiveDetails>(), s.GetRequiredService<Today>(), ct));
        busy = false;
        Show(outcome, T["Carry_Done", objective.Title, CycleName(carryInto)]);
    }
}
