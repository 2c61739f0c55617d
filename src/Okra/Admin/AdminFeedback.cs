using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Okra.Components;
using Okra.Components.Common;

namespace Okra.Admin;

/// <summary>What every admin form does with a use case's answer: a success snackbar and a reload, or the errors shown.</summary>
internal static class AdminFeedback
{
    public static async Task ShowAsync<T>(Outcome<T> outcome, ISnackbar snackbar, IStringLocalizer<PeopleTexts> texts, EventCallback changed,
        string message = "Admin_Saved", Action? succeeded = null, Action<Outcome<T>>? failed = null)
    {
        if (outcome.Succeeded)
        {
            succeeded?.Invoke();
            snackbar.Add(texts[message], Severity.Success);
            await changed.InvokeAsync();
            return;
        }
        failed?.Invoke(outcome);
        if (outcome.Error is { } error) snackbar.Add(error, Severity.Error);
    }
}
