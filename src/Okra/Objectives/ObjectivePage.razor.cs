using MudBlazor;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Okra.Components.Common;
using Okra.Data;
using Okra.Domain.Objectives;
using Okra.Hosting;
using Okra.Security;

namespace Okra.Objectives;

/// <summary>
/// One objective: why it matters (its chain up to the company), owners, workflow with approval, progress, its key results,
/// the objectives aligned below, comments and the audit trail. Workflow buttons run <see cref="ChangeObjectiveStatus"/>.
/// </summary>
public sealed partial class ObjectivePage
{
    private ObjectivePageView? view;
    private bool loaded;
    private bool busy;
    private string? error;

    [Parameter]
    public Guid Id { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    [Inject]
    private IServiceScopeFactory ScopeFactory { get; set; } = default!;

    [Inject]
    private SignedInActions Actions { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private IStringLocalizer<OkrTexts> T { get; set; } = default!;

    protected override Task OnParametersSetAsync() => ReloadAsync();

    private async Task ReloadAsync()
    {
        var user = (await Authentication).User;
        view = await ScopeFactory.ReadAsync<ObjectivePageData, ObjectivePageView?>(d => d.ReadAsync(Id, user, default));
        loaded = true;
    }

    private async Task MoveAsync(ObjectiveStatus target)
    {
        if (view is null) return;
        if (target == ObjectiveStatus.Archived && !await Dialogs.ConfirmArchiveAsync(L, view.Objective.Title)) return;
        busy = true;
        error = null;
        var request = new StatusRequest(target, view.Objective.Version, null);
        var outcome = await Actions.RunAsync<ObjectiveDetailResponse>(async (s, ct) => await ChangeObjectiveStatus.Handle(Id, request,
            s.GetRequiredService<OkraDbContext>(), s.GetRequiredService<Today>(), s.GetRequiredService<ObjectiveDetails>(), s.GetRequiredService<OkrAccess>(), ct));
        if (!outcome.Succeeded) error = outcome.Error ?? string.Join(" ", outcome.FieldErrors.Values);
        await ReloadAsync();
        busy = false;
    }

    /// <summary>"Propose", "Approve", "Close", "Reopen", "Back to draft", "Archive".</summary>
    private static string MoveKey(ObjectiveStatus from, ObjectiveStatus to) => to switch
    {
        ObjectiveStatus.Active when from == ObjectiveStatus.Closed => "Move_Reopen",
        ObjectiveStatus.Active => "Move_Approve",
        _ => $"Move_{to}",
    };
}
