using MudBlazor;

namespace Okra.Components.Layout;

/// <summary>Okra's look: calm indigo and slate on a light canvas, with status colours kept for status alone.</summary>
public static class OkraTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#4338CA",
            PrimaryDarken = "#3730A3",
            PrimaryLighten = "#6366F1",
            Secondary = "#0F766E",
            Tertiary = "#7C3AED",
            Info = "#2563EB",
            Success = "#15803D",
            Warning = "#B45309",
            Error = "#B91C1C",
            Dark = "#1E293B",
            Background = "#F5F6FA",
            BackgroundGray = "#EEF0F6",
            Surface = "#FFFFFF",
            AppbarBackground = "#FFFFFF",
            AppbarText = "#1E293B",
            DrawerBackground = "#FFFFFF",
            DrawerText = "#334155",
            DrawerIcon = "#64748B",
            TextPrimary = "#1E293B",
            TextSecondary = "#64748B",
            LinesDefault = "#E2E8F0",
            Divider = "#E2E8F0",
            TableLines = "#E2E8F0",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Inter", "system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
            Button = new ButtonTypography { TextTransform = "none", FontWeight = "600" },
        },
        LayoutProperties = new LayoutProperties
        {
            DefaultBorderRadius = "8px",
            DrawerWidthLeft = "232px",
            AppbarHeight = "60px",
        },
    };
}
