using MudBlazor;
using Okra.Domain.KeyResults;

namespace Okra.KeyResults;

/// <summary>The icon of each key-result kind, as the tree shows it.</summary>
public static class KindIcons
{
    public static string Of(KeyResultKind kind) => kind switch
    {
        KeyResultKind.Metric => Icons.Material.Rounded.TrendingUp,
        KeyResultKind.Recurring => Icons.Material.Rounded.Repeat,
        KeyResultKind.Threshold => Icons.Material.Rounded.Straighten,
        _ => Icons.Material.Rounded.Flag,
    };
}
