using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Architecture;

/// <summary>
/// A page stays thin (docs/decisions/0012 and 0016): its reads live beside it, its rules in the domain, its shared
/// steps in the form pipeline. A PageModel that grows past 200 lines is doing one of those itself, and fails here.
/// </summary>
public class PageModelSizeTests
{
    public const int MaxLines = 200;

    [Fact]
    public void EveryPageModel_IsAtMost200Lines()
    {
        var pages = Path.Combine(RepositoryPaths.Root, "src", "CaseWork.Web", "Pages");
        var models = Directory.GetFiles(pages, "*.cshtml.cs", SearchOption.AllDirectories)
            .Select(file => (File: Path.GetRelativePath(pages, file), Lines: File.ReadAllLines(file).Length))
            .ToList();

        models.Count.ShouldBeGreaterThan(40, "the scan finds the app's page models");
        models.Where(m => m.Lines > MaxLines).Select(m => $"{m.File}: {m.Lines} lines")
            .ShouldBeEmpty($"page models over {MaxLines} lines");
    }
}
