using System.Reflection;
using System.Text.RegularExpressions;
using CaseWork.Web.Access;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;

namespace CaseWork.Web.Tests.Security;

/// <summary>
/// Who may open a page is declared on its PageModel class, <c>[Authorize(Policy = Policies.X)]</c> or
/// <c>[AllowAnonymous]</c>, and nowhere else (ADR 0014). The pages are read from the route table
/// (<see cref="EndpointCatalog"/>), so a page added later without a declaration fails here.
/// </summary>
public partial class PageAuthorizationTests(AppFixture app) : AppTest(app)
{
    private const string AnonymousAccess = "AllowAnonymous";

    /// <summary>The pages anyone may open, signed in or not: signing in, the language switch, the error pages and the accessibility statement.</summary>
    private static readonly string[] AnonymousPages =
        ["/Accessibility/Index", "/Account/Login", "/Account/LoginWithCode", "/Account/LoginWithRecoveryCode", "/Culture", "/Error", "/StatusCode"];

    [Fact]
    public async Task EveryPage_DeclaresOnePolicyOrAnonymousAccess_OnItsPageModel()
    {
        var known = typeof(Policies).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        var pages = await EndpointCatalog.AuthorizationAsync(App);
        foreach (var page in pages)
        {
            var declared = page.Model.GetCustomAttributes<AuthorizeAttribute>(inherit: true).ToList();
            var anonymous = page.Model.GetCustomAttributes<AllowAnonymousAttribute>(inherit: true).Any();
            if (anonymous == (declared.Count == 1) || declared.Count > 1)
            {
                problems.Add($"{page.Page} ({page.Model.Name}): declare exactly one [Authorize(Policy = Policies.X)] or [AllowAnonymous] on the class");
                continue;
            }

            if (declared.SingleOrDefault() is { } authorize && (authorize.Policy is null || !known.Contains(authorize.Policy) || authorize.Roles is not null || authorize.AuthenticationSchemes is not null))
            {
                problems.Add($"{page.Page}: [Authorize] names one of Policies' policies and nothing else (roles live in the policy)");
            }

            var policy = declared.SingleOrDefault()?.Policy;
            var endpointPolicies = page.EndpointPolicies;
            if (page.EndpointAllowsAnonymous != anonymous || !endpointPolicies.SequenceEqual(policy is null ? [] : [policy]))
            {
                problems.Add($"{page.Page}: its endpoint requires [{string.Join(", ", endpointPolicies)}]{(page.EndpointAllowsAnonymous ? " or anonymous" : string.Empty)}, "
                    + $"not only what the class declares: a convention or filter adds access rules elsewhere");
            }
        }

        problems.ShouldBeEmpty(string.Join("\n", problems));
        pages.Count.ShouldBeGreaterThan(50);
    }

    [Fact]
    public async Task OnlyTheSignInAndErrorPages_AreOpenToAnonymousUsers()
    {
        var open = (await EndpointCatalog.AuthorizationAsync(App)).Where(p => p.EndpointAllowsAnonymous).Select(p => p.Page);

        open.ShouldBe(AnonymousPages, ignoreOrder: true);
    }

    /// <summary>The policy table in docs/architecture.md ("Where access is decided") lists every page under the policy it declares.</summary>
    [Fact]
    public async Task ArchitectureDocsPolicyTable_MatchesThePagesDeclarations()
    {
        var documented = new Dictionary<string, string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(RepositoryPaths.Root, "docs", "architecture.md")))
        {
            var row = PolicyRow().Match(line);
            if (!row.Success)
            {
                continue;
            }

            foreach (Match page in PagePath().Matches(row.Groups["pages"].Value))
            {
                if (!documented.TryAdd(page.Groups["page"].Value, row.Groups["policy"].Value))
                {
                    duplicates.Add(page.Groups["page"].Value);
                }
            }
        }

        var declared = (await EndpointCatalog.AuthorizationAsync(App)).ToDictionary(
            p => p.Page,
            p => p.Model.GetCustomAttribute<AuthorizeAttribute>(inherit: true)?.Policy
                ?? (p.Model.GetCustomAttribute<AllowAnonymousAttribute>(inherit: true) is null ? "(nothing declared)" : AnonymousAccess),
            StringComparer.Ordinal);

        duplicates.ShouldBeEmpty("a page is listed under two policies");
        documented.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}")
            .ShouldBe(declared.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"), "docs/architecture.md's policy table and the pages' declarations differ");
    }

    /// <summary>A row of the policy table: | `Policy` | who | `/Page`, `/Other/Page` |.</summary>
    [GeneratedRegex(@"^\|\s*`(?<policy>[A-Za-z]+)`\s*\|[^|]*\|(?<pages>[^|]*)\|\s*$")]
    private static partial Regex PolicyRow();

    [GeneratedRegex(@"`(?<page>/[A-Za-z/]+)`")]
    private static partial Regex PagePath();
}
