using Ganss.Xss;
using Markdig;

namespace Okra.Comments;

/// <summary>
/// Markdown to safe HTML: raw HTML in the text is escaped by Markdig, and the result passes an allow-list sanitizer,
/// which also drops <c>javascript:</c> links and event attributes.
/// </summary>
public static class Markdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml().UseAutoLinks().UseEmphasisExtras().UseTaskLists().UsePipeTables().Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToSafeHtml(string markdown) => Sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown, Pipeline));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.ExceptWith(["form", "button", "textarea", "select", "iframe"]);
        // Task lists render as disabled checkboxes.
        sanitizer.AllowedTags.Add("input");
        sanitizer.AllowedAttributes.UnionWith(["type", "checked", "disabled"]);
        return sanitizer;
    }
}
