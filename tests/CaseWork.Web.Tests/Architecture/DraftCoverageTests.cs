using System.Text.RegularExpressions;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Architecture;

/// <summary>
/// Never lose work: every textarea of the app's forms is marked data-draft, which site.js keeps in the browser until
/// the form is saved (Browser/DraftJourneyTests). A new form with free text and no mark fails here.
/// </summary>
public partial class DraftCoverageTests
{
    [Fact]
    public void EveryTextarea_KeepsADraft()
    {
        var pages = Path.Combine(RepositoryPaths.Root, "src", "CaseWork.Web", "Pages");
        var textareas = Directory.GetFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => Textarea().Matches(File.ReadAllText(file))
                .Select(m => (File: Path.GetRelativePath(pages, file), Tag: m.Value)))
            .ToList();

        textareas.Count.ShouldBeGreaterThan(15, "the scan finds the app's textareas");
        textareas.Where(t => !DraftMark().IsMatch(t.Tag)).Select(t => $"{t.File}: {t.Tag}")
            .ShouldBeEmpty("textareas without data-draft lose typed text on reload");
    }

    [GeneratedRegex(@"<textarea\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Textarea();

    [GeneratedRegex(@"\sdata-draft(\s|=|>)", RegexOptions.IgnoreCase)]
    private static partial Regex DraftMark();
}
