using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Okra.Components.Common;
using Okra.Objectives;

namespace Okra.KeyResults;

/// <summary>
/// One key result: why it matters, its figures, a chart of its value over the cycle with the target and expected lines,
/// a quick check-in for whoever may check in, the check-in history, initiatives, comments and the audit trail.
/// </summary>
public sealed partial class KeyResultPage
{
    private KeyResultPageView? view;
    private ValueChart? chart;
    private bool loaded;

    [Parameter]
    public Guid Id { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    [Inject]
    private IServiceScopeFactory ScopeFactory { get; set; } = default!;

    [Inject]
    private IStringLocalizer<OkrTexts> T { get; set; } = default!;

    /// <summary>The signed-in person may edit this key result, and it is still active.</summary>
    private bool CanEdit => view is { Rights.CanEdit: true, KeyResult.State: Domain.KeyResults.KeyResultState.Active };

    protected override Task OnParametersSetAsync() => ReloadAsync();

    private async Task ReloadAsync()
    {
        var user = (await Authentication).User;
        view = await ScopeFactory.ReadAsync<KeyResultPageData, KeyResultPageView?>(d => d.ReadAsync(Id, user, default));
        chart = view is null ? null : ValueChart.Of(view.KeyResult, view.CheckIns.Select(c => c.CheckIn),
            new Domain.Cycles.DateRange(view.Cycle.StartDate, view.Cycle.EndDate), view.Today);
        loaded = true;
    }
}
