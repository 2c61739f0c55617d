using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Okra.Components.Common;
using Okra.Data;
using Okra.Hosting;
using Okra.KeyResults;
using Okra.Security;

namespace Okra.Objectives;

/// <summary>
/// Creates or changes an objective: title, description, level, owners (one person, or one or more teams), type, parent
/// objective or key result, and cycle. Errors appear next to their field as it is touched; saving runs <see cref="SaveObjective"/>.
/// </summary>
public sealed partial class ObjectiveFormPage
{
    private readonly HashSet<string> touched = new(StringComparer.OrdinalIgnoreCase);
    private ObjectiveForm? form;
    private ObjectiveDraft draft = new();
    private Dictionary<string, string> errors = [];
    private Dictionary<string, string> serverErrors = new(StringComparer.OrdinalIgnoreCase);
    private string? error;
    private bool submitted;
    private bool loaded;
    private bool busy;

    [Parameter]
    public Guid? Id { get; set; }

    /// <summary>The cycle to create the objective in (the tree's cycle), else the current one.</summary>
    [SupplyParameterFromQuery(Name = "cycle")]
    public Guid? Cycle { get; set; }

    [Inject]
    private IServiceScopeFactory ScopeFactory { get; set; } = default!;

    [Inject]
    private SignedInActions Actions { get; set; } = default!;

    [Inject]
    private SignedInPerson SignedIn { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<OkrTexts> T { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        form = await ScopeFactory.ReadAsync<ObjectiveFormData, ObjectiveForm?>(d => d.ReadAsync(Id, default));
        draft = form?.Editing ?? new ObjectiveDraft
        {
            CycleId = Cycle ?? form?.CurrentCycleId ?? (form is { Cycles.Count: > 0 } ? form.Cycles[0].Id : null),
            OwnerPersonId = (await SignedIn.GetAsync())?.PersonId,
        };
        Revalidate();
        loaded = true;
    }

    private void Set(Action change, string? field)
    {
        change();
        if (field is not null)
        {
            touched.Add(field);
            serverErrors.Remove(field);
        }
        Revalidate();
    }

    private void Revalidate() => errors = draft.Validate(CultureInfo.CurrentUICulture);

    private string? Shown(string field) =>
        serverErrors.GetValueOrDefault(field) ?? (submitted || touched.Contains(field) ? errors.GetValueOrDefault(field) : null);

    private bool Has(string field) => Shown(field) is not null;

    private string CycleName(Guid? id) => form?.Cycles.FirstOrDefault(c => c.Id == id)?.Name ?? "";

    private string PersonName(Guid? id) => form?.People.FirstOrDefault(p => p.Id == id)?.Name ?? "";

    private string TeamName(Guid id) => form?.Teams.FirstOrDefault(t => t.Id == id)?.Name ?? "";

    private string ParentName(string? value) => form?.Parents.FirstOrDefault(p => p.Value == value)?.Title ?? "";

    private async Task SaveAsync()
    {
        if (form is null) return;
        submitted = true;
        error = null;
        Revalidate();
        if (errors.Count > 0) return;
        busy = true;
        var request = draft.ToRequest(form.Version);
        var outcome = Id is { } id
            ? await Actions.RunAsync<ObjectiveDetailResponse>(async (s, ct) => await SaveObjective.Update(id, request,
                s.GetRequiredService<OkraDbContext>(), s.GetRequiredService<ObjectiveDetails>(), s.GetRequiredService<OkrAccess>(), ct))
            : await Actions.RunAsync<ObjectiveDetailResponse>(async (s, ct) => await SaveObjective.Create(request,
                s.GetRequiredService<OkraDbContext>(), s.GetRequiredService<Today>(), s.GetRequiredService<ObjectiveDetails>(), s.GetRequiredService<OkrAccess>(), ct));
        busy = false;
        if (outcome.Succeeded && outcome.Value is { } saved)
        {
            Navigation.NavigateTo($"/objectives/{saved.Objective.Id}");
            return;
        }
        serverErrors = outcome.FieldErrors.ToDictionary(e => e.Key, e => KeyResultDraft.Sentence(e.Value, CultureInfo.CurrentUICulture), StringComparer.OrdinalIgnoreCase);
        error = outcome.Error ?? (serverErrors.Count == 0 ? T["Form_Failed"].Value : null);
    }
}
