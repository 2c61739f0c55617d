using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Okra.Components.Common;
using Okra.Data;
using Okra.Hosting;
using Okra.Objectives;
using Okra.Security;

namespace Okra.KeyResults;

/// <summary>
/// Adds or changes a key result of any kind. Only the chosen kind's fields are shown; each field's error appears as soon as
/// it is touched (the domain's own rules, see <see cref="KeyResultDraft"/>), the server's answer is mapped to the same
/// fields, and a preview says how progress will be computed.
/// </summary>
public sealed partial class KeyResultFormPage
{
    private readonly HashSet<string> touched = new(StringComparer.OrdinalIgnoreCase);
    private KeyResultForm? form;
    private KeyResultDraft draft = new();
    private Dictionary<string, string> errors = [];
    private Dictionary<string, string> serverErrors = new(StringComparer.OrdinalIgnoreCase);
    private string? error;
    private bool submitted;
    private bool loaded;
    private bool busy;

    [Parameter]
    public Guid? ObjectiveId { get; set; }

    [Parameter]
    public Guid? Id { get; set; }

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
        form = Id is { } id
            ? await ScopeFactory.ReadAsync<KeyResultFormData, KeyResultForm?>(d => d.ForEditAsync(id, default))
            : await ScopeFactory.ReadAsync<KeyResultFormData, KeyResultForm?>(d => d.ForNewAsync(ObjectiveId!.Value, default));
        draft = form?.Editing is { } editing
            ? KeyResultDraft.From(editing.KeyResult, editing.Description)
            : new KeyResultDraft { OwnerPersonId = (await SignedIn.GetAsync())?.PersonId };
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

    private string PersonName(Guid? id) => form?.People.FirstOrDefault(p => p.Id == id)?.Name ?? "";

    private async Task SaveAsync()
    {
        if (form is null) return;
        submitted = true;
        error = null;
        Revalidate();
        if (errors.Count > 0) return;
        busy = true;
        var request = draft.ToRequest(form.ObjectiveId, form.Editing?.KeyResult.Version);
        var outcome = Id is { } id
            ? await Actions.RunAsync<KeyResultDetailResponse>(async (s, ct) => await SaveKeyResult.Update(id, request,
                s.GetRequiredService<OkraDbContext>(), s.GetRequiredService<KeyResultDetails>(), s.GetRequiredService<OkrAccess>(), ct))
            : await Actions.RunAsync<KeyResultDetailResponse>(async (s, ct) => await SaveKeyResult.Create(request,
                s.GetRequiredService<OkraDbContext>(), s.GetRequiredService<Today>(), s.GetRequiredService<KeyResultDetails>(), s.GetRequiredService<OkrAccess>(), ct));
        busy = false;
        if (outcome.Succeeded)
        {
            Navigation.NavigateTo($"/objectives/{form.ObjectiveId}");
            return;
        }
        serverErrors = outcome.FieldErrors.ToDictionary(e => e.Key, e => KeyResultDraft.Sentence(e.Value, CultureInfo.CurrentUICulture), StringComparer.OrdinalIgnoreCase);
        error = outcome.Error ?? (serverErrors.Count == 0 ? T["Form_Failed"].Value : null);
    }
}
