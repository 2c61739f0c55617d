using MudBlazor;
using Okra.Domain.Progress;

namespace Okra.Components.Common;

/// <summary>How a <see cref="Status"/> looks: its text's resource key, a colour and an icon that tells it apart without colour.</summary>
public static class StatusLook
{
    public static string Key(Status status) => $"Status_{status}";

    public static Color Color(Status status) => status switch
    {
        Status.OnTrack => MudBlazor.Color.Success,
        Status.AtRisk => MudBlazor.Color.Warning,
        Status.OffTrack => MudBlazor.Color.Error,
        Status.Achieved => MudBlazor.Color.Primary,
        _ => MudBlazor.Color.Default,
    };

    public static string Icon(Status status) => status switch
    {
        Status.OnTrack => Icons.Material.Rounded.CheckCircle,
        Status.AtRisk => Icons.Material.Rounded.Warning,
        Status.OffTrack => Icons.Material.Rounded.Error,
        Status.Achieved => Icons.Material.Rounded.EmojiEvents,
        _ => Icons.Material.Rounded.RadioButtonUnchecked,
    };
}
