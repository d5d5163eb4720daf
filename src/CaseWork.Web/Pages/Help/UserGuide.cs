using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace CaseWork.Web.Pages.Help;

/// <summary>A section of the user guide: a level-2 heading, with its level-3 headings.</summary>
public sealed record GuideSection(string Id, string Title, IReadOnlyList<GuideSection> Subsections);

/// <summary>
/// docs/user-guide.md rendered once for the help page. The guide and its screenshots are copied into the app's
/// output at build (CaseWork.Web.csproj), so the page shows the version of the guide the app was built with.
/// </summary>
public sealed partial class UserGuide
{
    public const string Folder = "UserGuide";
    public const string ImagesPath = "/Help/images";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers()
        // The guide is Markdown only: raw HTML (and with it an inline style or script) is written as text.
        .DisableHtml()
        .Build();

    private UserGuide(IHtmlContent html, IReadOnlyList<GuideSection> sections)
    {
        Html = html;
        Sections = sections;
    }

    public IHtmlContent Html { get; }

    public IReadOnlyList<GuideSection> Sections { get; }

    public static string Directory => Path.Combine(AppContext.BaseDirectory, Folder);

    public static UserGuide Load() => Parse(File.ReadAllText(Path.Combine(Directory, "user-guide.md")));

    public static UserGuide Parse(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        // The page has its own title (h1): the guide's title would be a second one.
        if (document.FirstOrDefault(b => b is HeadingBlock { Level: 1 }) is { } title)
        {
            document.Remove(title);
        }

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage && link.Url is { } url && url.StartsWith("images/", StringComparison.Ordinal))
            {
                link.Url = $"{ImagesPath}/{url["images/".Length..]}";
            }
            else if (!link.IsImage && link.Url is { } other && other.Contains(".md", StringComparison.Ordinal) && !other.Contains("://", StringComparison.Ordinal))
            {
                // The other documents beside the guide (docs/*.md) are not served: their links keep only their text.
                link.ReplaceBy(new LiteralInline(TextOf(link)));
            }
        }

        // A wide table scrolls in its own box, so that the page never scrolls sideways on a phone.
        var html = TableStart().Replace(document.ToHtml(Pipeline), "<div class=\"table-responsive\"><table")
            .Replace("</table>", "</table></div>", StringComparison.Ordinal);
        return new UserGuide(new HtmlString(html), SectionsOf(document));
    }

    private static List<GuideSection> SectionsOf(MarkdownDocument document)
    {
        var sections = new List<(string Id, string Title, List<GuideSection> Subsections)>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var id = heading.GetAttributes().Id ?? string.Empty;
            var title = TitleOf(heading);
            if (heading.Level == 2)
            {
                sections.Add((id, title, []));
            }
            else if (heading.Level == 3 && sections.Count > 0)
            {
                sections[^1].Subsections.Add(new GuideSection(id, title, []));
            }
        }

        return sections.Select(s => new GuideSection(s.Id, s.Title, s.Subsections)).ToList();
    }

    private static string TitleOf(HeadingBlock heading) => heading.Inline is { } inline ? TextOf(inline) : string.Empty;

    private static string TextOf(ContainerInline inline) =>
        string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    [GeneratedRegex("<table\\b")]
    private static partial Regex TableStart();
}
