using Microsoft.Extensions.Localization;
using MudBlazor;
using Okra.Resources;

namespace Okra.Components.Common;

/// <summary>Asks before a change that takes something out of sight (archiving), in the page's language.</summary>
public static class Confirmation
{
    /// <summary>True when the person confirms archiving <paramref name="name"/>.</summary>
    public static async Task<bool> ConfirmArchiveAsync(this IDialogService dialogs, IStringLocalizer<SharedResource> texts, string name) =>
        await dialogs.ShowMessageBoxAsync(texts["Confirm_ArchiveTitle", name], texts["Confirm_ArchiveText"],
            yesText: texts["Confirm_Archive"], cancelText: texts["Confirm_Cancel"]) == true;
}
