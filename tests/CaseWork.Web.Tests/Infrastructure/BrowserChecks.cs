using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Infrastructure;

public static class BrowserChecks
{
    /// <summary>Fails on any accessibility violation that axe-core finds on the page, whatever its impact.</summary>
    public static async Task ShouldBeAccessibleAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe();
        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")
            .ToList();
        violations.ShouldBeEmpty($"axe found on {page.Url}:\n{string.Join("\n", violations)}");
    }

    /// <summary>Saves a screenshot for the user guide into docs/images: the whole page, or what the window shows of a long one.</summary>
    public static async Task ScreenshotForGuideAsync(this IPage page, string fileName, bool fullPage = true)
    {
        ArgumentNullException.ThrowIfNull(page);
        var directory = Path.Combine(RepositoryPaths.Root, "docs", "images");
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, fileName), FullPage = fullPage });
    }
}
