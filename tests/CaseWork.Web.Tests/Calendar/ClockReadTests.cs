using System.Text.RegularExpressions;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Calendar;

/// <summary>
/// "Now" comes from one clock: the app's <c>TimeProvider</c> (SwedishTime.Clock) in the code and <c>AppTime</c> in the
/// tests. A direct read of the machine's clock dates a record in the wrong zone and escapes scripts/test-dates, which
/// moves the app's clock to month ends and new year to find tests that pass only on some days.
/// </summary>
public partial class ClockReadTests
{
    [Fact]
    public void NoCodeOrTest_ReadsTheMachinesClockDirectly()
    {
        var folders = new[] { Path.Combine("src"), Path.Combine("tests", "CaseWork.Web.Tests") };
        var offenders = folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cs*", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.EndsWith(nameof(ClockReadTests) + ".cs", StringComparison.Ordinal))
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (path, line, number: index + 1)))
            .Where(x => MachineClock().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(RepositoryPaths.Root, x.path)}:{x.number}: {x.line.Trim()}")
            .ToList();

        offenders.ShouldBeEmpty("read now from the injected TimeProvider (tests: AppTime)");
    }

    [GeneratedRegex(@"\bDateTime(Offset)?\.(Utc)?Now\b|\bDateTime\.Today\b")]
    private static partial Regex MachineClock();
}
