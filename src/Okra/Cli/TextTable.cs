using System.Globalization;
using System.Text;

namespace Okra.Cli;

/// <summary>Plain aligned columns for the list verbs: a header, a rule, one line per row.</summary>
internal static class TextTable
{
    public static string Render(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, string empty)
    {
        if (rows.Count == 0) return empty + Environment.NewLine;
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
        var text = new StringBuilder();
        Line(text, headers, widths);
        text.AppendLine(new string('─', widths.Sum() + 2 * (widths.Length - 1)));
        foreach (var row in rows) Line(text, row, widths);
        return text.ToString();
    }

    /// <summary>An instant as the list verbs show it: UTC to the minute.</summary>
    public static string Time(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, IReadOnlyList<string> cells, int[] widths) =>
        text.AppendLine(string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
}
