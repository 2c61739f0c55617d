using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Okra.Components.Common;
using Okra.Data;
using Okra.Domain.KeyResults;
using Okra.Hosting;
using Okra.Metrics;
using Okra.Security;

namespace Okra.SalesData;

/// <summary>
/// On a key-result page: the metric and filters an automatic key result is computed from, each window's value with the
/// number of records behind it (linking to the drill-down), and — for whoever may edit the key result — connecting it to
/// a metric with a preview of the value, or disconnecting it, through the API's binding handlers.
/// </summary>
public sealed partial class KeyResultSalesPanel
{
    private KeyResultSales? sales;
    private FilterChoices? choices;
    private readonly MetricFilterModel form = new();
    private MetricValuesResponse? preview;
    private bool loaded;
    private bool editing;
    private bool busy;
    private string? error;

    [Parameter, EditorRequired]
    public Guid KeyResultId { get; set; }

    [Parameter, EditorRequired]
    public KeyResultKind Kind { get; set; }

    /// <summary>True when the signed-in person may edit the key result (and so bind it).</summary>
    [Parameter]
    public bool CanEdit { get; set; }

    /// <summary>Called after binding or unbinding: the key result's check-ins changed.</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    [Inject]
    private IServiceScopeFactory ScopeFactory { get; set; } = default!;

    [Inject]
    private SignedInActions Actions { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SalesTexts> T { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        sales = await ScopeFactory.ReadAsync<SalesPageData, KeyResultSales?>(d => d.KeyResultAsync(KeyResultId, default));
        loaded = true;
    }

    private async Task StartAsync()
    {
        error = null;
        var user = (await Authentication).User;
        choices ??= await ScopeFactory.ReadAsync<SalesPageData, FilterChoices>(d => d.ChoicesAsync(user, default));
        if (sales?.Binding is { } b)
        {
            form.Metric = b.Metric;
            form.OwnerPersonId = b.OwnerPersonId;
            form.TeamId = b.TeamId;
            form.Market = b.Market;
            form.Segment = b.Segment;
            form.ActivityType = b.ActivityType;
            form.DealType = b.DealType;
        }
        editing = true;
        await PreviewAsync();
    }

    private async Task PreviewAsync()
    {
        if (choices is null) return;
        var window = choices.Window;
        preview = await ScopeFactory.ReadAsync<SalesPageData, MetricValuesResponse>(d => d.ValuesAsync(form.Metric, form.Query, window, null, default));
    }

    private async Task BindAsync()
    {
        busy = true;
        var request = form.Binding;
        var outcome = await Actions.RunAsync<BindingResponse, Results<Ok<BindingResponse>, ProblemHttpResult, ValidationProblem>>(
            (s, ct) => BindMetric.Put(KeyResultId, request, s.GetRequiredService<OkraDbContext>(), s.GetRequiredService<OkrAccess>(),
                s.GetRequiredService<Today>(), s.GetRequiredService<AutomaticKeyResults>(), ct));
        await AfterAsync(outcome.Succeeded, outcome.Error ?? string.Join(" ", outcome.FieldErrors.Values));
    }

    private async Task UnbindAsync()
    {
        busy = true;
        var outcome = await Actions.RunAsync<object, Results<NoContent, ProblemHttpResult>>(
            (s, ct) => BindMetric.Delete(KeyResultId, s.GetRequiredService<OkraDbContext>(), s.GetRequiredService<OkrAccess>(), ct));
        await AfterAsync(outcome.Succeeded, outcome.Error);
    }

    private async Task AfterAsync(bool succeeded, string? problem)
    {
        busy = false;
        if (!succeeded)
        {
            error = string.IsNullOrEmpty(problem) ? T["Panel_Failed"] : problem;
            return;
        }
        error = null;
        editing = false;
        sales = await ScopeFactory.ReadAsync<SalesPageData, KeyResultSales?>(d => d.KeyResultAsync(KeyResultId, default));
        await Changed.InvokeAsync();
    }
}
