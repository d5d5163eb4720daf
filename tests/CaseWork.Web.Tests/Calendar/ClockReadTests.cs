using System.Text.RegularExpressions;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Calendar;

/// <summary>
/// "Now" comes from one clock: the app's <c>TimeProvider</c> (SwedishTime.Clock) in the code and <c>AppTime</c> in the
/// tests. A direct read of the machine's clock dates a record in the wrong zone and escapes scripts/test-dates, which
/// moves the app's clock to month ends and new year to find tests that pass only on some days. The C# code is held to
/// it by the banned-API analyzer (BannedSymbols.txt, a build error); these tests check that it stays configured, that
/// only the clock is exempt, and read the Razor views, which the analyzer does not see (ADR 0015).
/// </summary>
public partial class ClockReadTests
{
    private static readonly string[] MachineClockMembers =
        ["System.DateTime.Now", "System.DateTime.Today", "System.DateTime.UtcNow", "System.DateTimeOffset.Now", "System.DateTimeOffset.UtcNow", "System.TimeProvider.System"];

    /// <summary>The files that read the machine's clock on purpose: the clock itself, and the browser's cookie expiry.</summary>
    private static readonly string[] Exempt =
        [Path.Combine("src", "CaseWork.Domain", "Calendar", "SwedishTime.cs"), Path.Combine("src", "CaseWork.Web", "Startup", "HostCookies.cs")];

    [Fact]
    public void TheAnalyzer_BansEveryReadOfTheMachinesClock_InEveryProjectButTheBenchmarks()
    {
        var banned = File.ReadLines(Path.Combine(RepositoryPaths.Root, "BannedSymbols.txt"))
            .Where(line => line.StartsWith("P:", StringComparison.Ordinal))
            .Select(line => line[2..].Split(';')[0].Trim());
        banned.ShouldBe(MachineClockMembers, ignoreOrder: true);

        var props = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Directory.Build.props"));
        props.ShouldContain("""<PackageReference Include="Microsoft.CodeAnalysis.BannedApiAnalyzers" PrivateAssets="all" />""");
        props.ShouldContain("""<AdditionalFiles Include="$(MSBuildThisFileDirectory)BannedSymbols.txt" />""");
        props.ShouldContain("""<ItemGroup Condition="'$(MSBuildProjectName)' != 'CaseWork.Benchmarks'">""");
        props.ShouldContain("<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
    }

    [Fact]
    public void OnlyTheClock_IsExemptFromTheAnalyzer()
    {
        var suppressions = CodeFiles("*.cs*").Concat(CodeFiles("*.props")).Concat(CodeFiles("*.editorconfig"))
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (path, line, number: index + 1)))
            .Where(x => Suppression().IsMatch(x.line))
            .Where(x => !(Exempt.Contains(Path.GetRelativePath(RepositoryPaths.Root, x.path)) && x.line.TrimStart().StartsWith("#pragma warning", StringComparison.Ordinal)))
            .Select(x => $"{Path.GetRelativePath(RepositoryPaths.Root, x.path)}:{x.number}: {x.line.Trim()}")
            .ToList();

        suppressions.ShouldBeEmpty("read now from the injected TimeProvider (tests: AppTime); only the clock reads the machine's time");
    }

    [Fact]
    public void NoRazorView_ReadsTheMachinesClockDirectly()
    {
        var offenders = CodeFiles("*.cshtml")
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (path, line, number: index + 1)))
            .Where(x => MachineClock().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(RepositoryPaths.Root, x.path)}:{x.number}: {x.line.Trim()}")
            .ToList();

        offenders.ShouldBeEmpty("read now from the injected TimeProvider (tests: AppTime)");
    }

    private static IEnumerable<string> CodeFiles(string pattern) =>
        new[] { RepositoryPaths.Root, Path.Combine(RepositoryPaths.Root, "src"), Path.Combine(RepositoryPaths.Root, "tests") }
            .SelectMany(folder => Directory.EnumerateFiles(folder, pattern, folder == RepositoryPaths.Root ? SearchOption.TopDirectoryOnly : SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.EndsWith(nameof(ClockReadTests) + ".cs", StringComparison.Ordinal));

    /// <summary>A pragma, a NoWarn, an .editorconfig severity or a SuppressMessage that turns RS0030 off.</summary>
    [GeneratedRegex(@"#pragma\s+warning\s+disable.*RS0030|NoWarn.*RS0030|dotnet_diagnostic\.RS0030|SuppressMessage.*RS0030")]
    private static partial Regex Suppression();

    [GeneratedRegex(@"\bDateTime(Offset)?\.(Utc)?Now\b|\bDateTime\.Today\b|\bTimeProvider\.System\b")]
    private static partial Regex MachineClock();
}
