using Microsoft.Extensions.Localization;
using MudBlazor;
using Okra.Resources;

namespace Okra.Components.Localization;

/// <summary>
/// MudBlazor's own words (a field's "Clear" button, "Close" on alerts and chips) from Okra's resources, so that they
/// follow the person's language; a key Okra does not carry falls back to MudBlazor's English.
/// </summary>
internal sealed class OkraMudLocalizer(IStringLocalizer<SharedResource> texts) : MudLocalizer
{
    public override LocalizedString this[string key] => texts[key];

    public override LocalizedString this[string key, params object[] arguments] => texts[key, arguments];
}
