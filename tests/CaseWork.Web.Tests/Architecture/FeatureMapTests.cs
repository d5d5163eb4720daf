using System.Text.RegularExpressions;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Architecture;

/// <summary>
/// The feature map in docs/architecture.md names every domain folder and every pages folder, and every pages folder
/// it names exists: a feature added or moved without the map fails here.
/// </summary>
public partial class FeatureMapTests
{
    private static readonly string Src = Path.Combine(RepositoryPaths.Root, "src");

    [Fact]
    public void EveryDomainFolder_IsOnTheMap()
    {
        var named = MapColumn(1).Concat(AcrossFeatures()).ToHashSet(StringComparer.Ordinal);

        Folders(Path.Combine(Src, "CaseWork.Domain")).Where(f => !named.Contains(f)).ShouldBeEmpty("domain folders missing from the feature map");
    }

    [Fact]
    public void EveryPagesFolder_IsOnTheMap_AndEveryMappedOneExists()
    {
        var pages = Path.Combine(Src, "CaseWork.Web", "Pages");
        var onDisk = Folders(pages).Where(f => f != "Admin")
            .Concat(Folders(Path.Combine(pages, "Admin")).Select(f => $"Admin/{f}"))
            .ToList();
        var named = MapColumn(2).ToHashSet(StringComparer.Ordinal);

        onDisk.Where(f => !named.Contains(f)).ShouldBeEmpty("pages folders missing from the feature map");
        named.Where(f => !Directory.Exists(Path.Combine(pages, f))).ShouldBeEmpty("the feature map names pages folders that do not exist");
    }

    private static IEnumerable<string> Folders(string path) =>
        Directory.GetDirectories(path).Select(Path.GetFileName).OfType<string>()
            .Where(f => f is not ("bin" or "obj" or "Shared"));

    private static IEnumerable<string> MapLines()
    {
        var inMap = false;
        foreach (var line in File.ReadLines(Path.Combine(RepositoryPaths.Root, "docs", "architecture.md")))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                inMap = line == "## Feature map";
            }
            else if (inMap)
            {
                yield return line;
            }
        }
    }

    /// <summary>The folder names in a column of the map's rows: back-quoted, outside parentheses (which hold URLs and types).</summary>
    private static IEnumerable<string> MapColumn(int column) =>
        MapLines().Where(l => l.StartsWith("| **", StringComparison.Ordinal))
            .Select(l => l.Split('|')[column + 1])
            .SelectMany(cell => Quoted().Matches(Parenthesised().Replace(cell, string.Empty)).Select(m => m.Groups[1].Value));

    private static IEnumerable<string> AcrossFeatures() =>
        MapLines().Where(l => l.StartsWith("Across features", StringComparison.Ordinal) || l.StartsWith('`'))
            .SelectMany(l => Quoted().Matches(l).Select(m => m.Groups[1].Value))
            .Where(p => p.StartsWith("Domain/", StringComparison.Ordinal))
            .Select(p => p["Domain/".Length..]);

    [GeneratedRegex(@"`([A-Za-z/]+)`")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesised();
}
