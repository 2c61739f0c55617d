using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Okra.Components.Common;
using Okra.Data;
using Okra.Hosting;
using Okra.KeyResults;
using Okra.Notifications;
using Okra.Security;

namespace Okra.Reviews;

/// <summary>
/// One review meeting: the agenda generated from the data, notes, decisions and action items, re-evaluating a goal (through
/// the key results' own update and archive use cases) and publishing — each write through the API's use case.
/// </summary>
public sealed partial class ReviewPage
{
    private readonly DialogOptions dialogOptions = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };
    private ReviewResponse? view;
    private RhythmChoices? choices;
    private Guid personId;
    private bool loaded;
    private bool busy;
    private string? message;
    private bool failed;
    private string? notes;
    private string? decision;
    private string? DecisionError;
    private string? actionText;
    private Guid? actionOwner;
    private DateTime? actionDue;
    private Outcome<ActionItemResponse>? actionOutcome;
    private bool reEvaluating;
    private AgendaItem? target;
    private bool retire;
    private decimal? newTarget;
    private string? reason;
    private Outcome<ReviewResponse>? reOutcome;

    [Parameter]
    public Guid Id { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    [Inject]
    private IServiceScopeFactory ScopeFactory { get; set; } = default!;

    [Inject]
    private SignedInActions Actions { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await Authentication).User;
        choices = await ScopeFactory.ReadAsAsync<ReviewsPageData, RhythmChoices>(user, d => d.ChoicesAsync(default));
        personId = choices.PersonId;
        await ReloadAsync();
        notes = view?.Notes;
    }

    private async Task ReloadAsync()
    {
        var user = (await Authentication).User;
        view = await ScopeFactory.ReadAsAsync<ReviewsPageData, ReviewResponse?>(user, d => d.ReadAsync(Id, default));
        loaded = true;
    }

    private static List<AgendaItems.Row> Plain(IEnumerable<AgendaItem> items) => [.. items.Select(i => new AgendaItems.Row(i))];

    private List<AgendaItems.Row> DropRows() =>
        [.. view!.Agenda.ConfidenceDrops.Select(d => new AgendaItems.Row(d.Item, T["Agenda_Drop", d.From, d.To]))];

    private List<AgendaItems.Row> BlockerRows() =>
        [.. view!.Agenda.Blockers.Select(b => new AgendaItems.Row(b.Item, $"{Format.Date(b.Date)}: {b.Blockers}"))];

    private string PersonName(Guid? id) => choices?.People.FirstOrDefault(p => p.Id == id)?.Name ?? "";

    private void Show<T>(Outcome<T> outcome, string success)
    {
        failed = !outcome.Succeeded;
        message = outcome.Succeeded ? success : outcome.Error ?? string.Join(" ", outcome.FieldErrors.Values);
    }

    private async Task<Outcome<TValue>> RunAsync<TValue>(Func<IServiceProvider, CancellationToken, Task<IResult>> action)
    {
        busy = true;
        try
        {
            return await Actions.RunAsync<TValue>(action);
        }
        finally
        {
            busy = false;
        }
    }

    private async Task SaveNotesAsync()
    {
        var outcome = await RunAsync<ReviewResponse>(async (s, ct) => await RecordInReview.Notes(Id, new NotesRequest(notes), s.GetRequiredService<OkraDbContext>(),
            s.GetRequiredService<ReviewAccess>(), s.GetRequiredService<ReviewDetails>(), ct));
        Show(outcome, T["Notes_Saved"]);
        await ReloadAsync();
    }

    private async Task DecideAsync()
    {
        var outcome = await RunAsync<DecisionResponse>(async (s, ct) => await RecordInReview.Decision(Id, new DecisionRequest(decision, null),
            s.GetRequiredService<OkraDbContext>(), s.GetRequiredService<ReviewAccess>(), s.GetRequiredService<Today>(), ct));
        DecisionError = outcome.ErrorOf("text") ?? (outcome.Succeeded ? null : outcome.Error);
        if (outcome.Succeeded) decision = null;
        await ReloadAsync();
    }

    private async Task AddActionAsync()
    {
        var request = new ActionItemRequest(actionText, actionOwner, actionDue is { } due ? DateOnly.FromDateTime(due) : null, null);
        actionOutcome = await RunAsync<ActionItemResponse>(async (s, ct) => await RecordInReview.ActionItem(Id, request, s.GetRequiredService<OkraDbContext>(),
            s.GetRequiredService<ReviewAccess>(), s.GetRequiredService<Today>(), ct));
        if (actionOutcome.Succeeded) (actionText, actionOwner, actionDue) = (null, null, null);
        await ReloadAsync();
    }

    private async Task TickAsync(ActionItemResponse item, bool done)
    {
        var outcome = await RunAsync<ActionItemResponse>(async (s, ct) => await RecordInReview.Tick(item.Id, new ActionItemRequest(null, null, null, done),
            s.GetRequiredService<OkraDbContext>(), s.GetRequiredService<ReviewAccess>(), ct));
        if (!outcome.Succeeded) Show(outcome, "");
        await ReloadAsync();
    }

    private async Task PublishAsync()
    {
        var outcome = await RunAsync<ReviewResponse>(async (s, ct) => await RecordInReview.Publish(Id, s.GetRequiredService<OkraDbContext>(),
            s.GetRequiredService<ReviewAccess>(), s.GetRequiredService<ReviewDetails>(), s.GetRequiredService<Today>(),
            s.GetRequiredService<INotificationPublisher>(), ct));
        Show(outcome, T["Review_PublishedNow"]);
        await ReloadAsync();
    }

    private void OpenReEvaluation(AgendaItem item)
    {
        target = item;
        retire = item.KeyResult.Kind == Domain.KeyResults.KeyResultKind.Milestone;
        newTarget = item.KeyResult.Kind switch
        {
            Domain.KeyResults.KeyResultKind.Metric => item.KeyResult.Target,
            Domain.KeyResults.KeyResultKind.Recurring => item.KeyResult.TargetPerPeriod,
            _ => item.KeyResult.Limit,
        };
        reason = null;
        reOutcome = null;
        reEvaluating = true;
    }

    private async Task ReEvaluateAsync()
    {
        var k = target!.KeyResult;
        var request = new ReEvaluationRequest(k.Id, retire ? null : newTarget, retire, reason, k.Version);
        reOutcome = await RunAsync<ReviewResponse>(async (s, ct) => await ReEvaluateGoal.Handle(Id, request, s.GetRequiredService<OkraDbContext>(),
            s.GetRequiredService<ReviewAccess>(), s.GetRequiredService<OkrAccess>(), s.GetRequiredService<KeyResultDetails>(),
            s.GetRequiredService<ReviewDetails>(), s.GetRequiredService<Today>(), ct));
        if (!reOutcome.Succeeded) return;
        reEvaluating = false;
        Show(reOutcome, T[retire ? "ReEvaluate_Retired" : "ReEvaluate_Saved", k.Title]);
        await ReloadAsync();
    }
}
