using System.Globalization;
using System.Text;
using Okra.Domain.Progress;
using Okra.Tree;

namespace Okra.Cli;

/// <summary>Renders a <see cref="TreeResponse"/> as an aligned text table: objectives nested, key results under them.</summary>
internal static class TreeTable
{
    private const int TitleWidth = 58;
    private const int OwnerWidth = 26;

    public static string Render(TreeResponse tree)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"{tree.Cycle.Name}  {tree.Cycle.StartDate:yyyy-MM-dd} – {tree.Cycle.EndDate:yyyy-MM-dd}  ·  today {tree.Today:yyyy-MM-dd}  ·  {tree.ObjectiveCount} objectives, {tree.KeyResultCount} key results");
        text.AppendLine();
        text.AppendLine(c, $"{"OBJECTIVE / KEY RESULT",-TitleWidth} {"OWNER",-OwnerWidth} {"PROGRESS",8} {"EXPECTED",8}  {"STATUS",-11} {"CONF",4}");
        text.AppendLine(new string('─', TitleWidth + OwnerWidth + 8 + 8 + 11 + 4 + 6));
        foreach (var node in tree.Objectives) Write(text, node, 0);
        if (tree.Objectives.Count == 0) text.AppendLine("(no objectives)");
        return text.ToString();
    }

    private static void Write(StringBuilder text, ObjectiveNodeResponse node, int depth)
    {
        var indent = new string(' ', depth * 2);
        var shared = node.IsShared ? " [shared]" : "";
        Row(text, $"{indent}◆ {node.Title}{shared}", node.OwnerName, node.Progress, node.Expected, node.Status, null);
        foreach (var kr in node.KeyResults)
            Row(text, $"{indent}   · {kr.Title}", kr.OwnerName, kr.Progress, kr.Expected, kr.Status, kr.Confidence);
        foreach (var child in node.Children) Write(text, child, depth + 1);
    }

    private static void Row(StringBuilder text, string title, string owner, decimal progress, decimal expected, Status status, int? confidence) =>
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{Fit(title, TitleWidth),-TitleWidth} {Fit(owner, OwnerWidth),-OwnerWidth} {Percent(progress),8} {Percent(expected),8}  {Label(status),-11} {confidence?.ToString(CultureInfo.InvariantCulture) ?? "",4}");

    private static string Percent(decimal fraction) => (fraction * 100m).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static string Fit(string value, int width) => value.Length <= width ? value : value[..(width - 1)] + "…";

    private static string Label(Status status) => status switch
    {
        Status.NotStarted => "not started",
        Status.OnTrack => "on track",
        Status.AtRisk => "at risk",
        Status.OffTrack => "off track",
        _ => "achieved",
    };
}
