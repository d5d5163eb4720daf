using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CaseWork.Domain.Common;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Localization;

public partial class ResourceFileTests
{
    private static readonly string ResourceDirectory = Path.Combine(RepositoryPaths.Root, "src", "CaseWork.Web", "Resources", "Localization");

    [Fact]
    public void EnglishResources_HoldEverySwedishKey()
    {
        var swedish = Keys("SharedResource.resx");
        var english = Keys("SharedResource.en.resx");

        swedish.Except(english).ShouldBeEmpty();
        english.Except(swedish).ShouldBeEmpty();
    }

    [Fact]
    public void EveryTextUsedInPages_HasASwedishTranslation()
    {
        var swedish = Keys("SharedResource.resx");
        var webRoot = Path.Combine(RepositoryPaths.Root, "src", "CaseWork.Web");
        var used = Directory.EnumerateFiles(webRoot, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => TextKey().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .ToHashSet();

        used.Except(swedish).ShouldBeEmpty();
    }

    [Fact]
    public void EveryDomainRefusalCode_HasATextInBothLanguages()
    {
        var codes = typeof(DomainException).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("RuleCodes", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        codes.Count.ShouldBeGreaterThan(100);
        codes.Except(Keys("SharedResource.resx")).ShouldBeEmpty();
        codes.Except(Keys("SharedResource.en.resx")).ShouldBeEmpty();
    }

    /// <summary>
    /// A domain refusal about a date's value ("Datumet …") names its field where the form has one: its code has a
    /// field-naming text (<see cref="CaseWork.Web.Validation.Refusals.NamedKey"/>) that the refusal helper fills with the
    /// field's label. A new date rule without one fails here.
    /// </summary>
    [Fact]
    public void EveryDateRefusal_HasATextThatNamesItsField()
    {
        var swedish = XDocument.Load(Path.Combine(ResourceDirectory, "SharedResource.resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);
        var dateRefusals = swedish.Where(e => e.Value.StartsWith("Datumet ", StringComparison.Ordinal) && e.Key.Contains('.', StringComparison.Ordinal) && !e.Key.Contains(' ', StringComparison.Ordinal))
            .Select(e => e.Key).ToList();

        dateRefusals.Count.ShouldBeGreaterThan(5, "the scan finds the date refusals");
        dateRefusals.Where(code => !swedish.TryGetValue(CaseWork.Web.Validation.Refusals.NamedKey(code), out var named) || !named.StartsWith("{0} ", StringComparison.Ordinal))
            .ShouldBeEmpty();
        dateRefusals.Select(CaseWork.Web.Validation.Refusals.NamedKey).Except(Keys("SharedResource.en.resx")).ShouldBeEmpty();
    }

    private static HashSet<string> Keys(string file) =>
        XDocument.Load(Path.Combine(ResourceDirectory, file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();


    [GeneratedRegex("""(?:\b(?:L|l|localizer)\["(?<key>[^"]+)"|Display\(Name = "(?<key>[^"]+)"\))""")]
    private static partial Regex TextKey();
}
