using CaseWork.Domain.Calendar;
using CaseWork.Web.Tests.Indicators;
using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.Security;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CaseWork.Web.Tests.Browser;

/// <summary>
/// At 375 px (a small phone) no page scrolls sideways as a whole: wide tables scroll inside their own box. The pages
/// are every GET page of the route table (<see cref="EndpointCatalog"/>), filled with the ids of a case that has a
/// record on every tab, and each role (and anonymous) opens every one it may: a page added later is covered without
/// anyone adding it here. One browser context; each role signs in once.
/// </summary>
public class NarrowScreenTests(AppFixture app, ITestOutputHelper output) : AppTest(app)
{
    private const int Width = 375;

    private static readonly string?[] Users = [null, "socialsekreterare.st", "enhetschef.st", "chef", "jobbcoach", "loggkontroll", "admin"];

    [Fact]
    public async Task At375Pixels_NoPageOfAnyRole_ScrollsSideways()
    {
        var own = await App.AddCaseOnEveryTabAsync();
        // A long name and a full year of aid: the widest rows the lists hold.
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, [.. Enumerable.Range(0, 12)], worker: Org.UserIds["socialsekreterare.st"], name: ("Alexandra-Josefine", "Östergren-Lindqvist"));
        await App.RefreshSummariesAsync();
        var ids = await EndpointCatalog.RouteIdsOfAsync(own.Id);
        ids["userId"] = Org.UserIds["socialsekreterare.st"];
        var paths = (await EndpointCatalog.PagesAsync(App))
            .SelectMany(p => new[] { p.PathWith(ids, fillOptional: false), p.PathWith(ids) })
            .OfType<string>()
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        var context = await App.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = Width, Height = 800 },
            Locale = "sv-SE",
            TimezoneId = SwedishTime.ZoneId,
        });
        context.SetDefaultTimeout(15_000);
        var wide = new List<string>();
        var seen = new HashSet<string>();
        try
        {
            var page = await context.NewPageAsync();
            foreach (var user in Users)
            {
                await context.ClearCookiesAsync();
                if (user is not null)
                {
                    await SignInAsync(page, user);
                }

                foreach (var path in paths)
                {
                    // Only what the role may open: a refusal or a redirect (to sign-in, to the landing page) is skipped.
                    var probe = await context.APIRequest.GetAsync(path, new() { MaxRedirects = 0 });
                    if (probe.Status != 200 || !probe.Headers.TryGetValue("content-type", out var type) || !type.StartsWith("text/html", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    await page.GotoAsync(path);
                    var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
                    seen.Add(path);
                    output.WriteLine($"{user ?? "anonymous"} {path}: {widths[0]}/{widths[1]}");
                    if (widths[0] > widths[1])
                    {
                        var culprits = await page.EvaluateAsync<string[]>(Culprits);
                        wide.Add($"{path} as {user ?? "anonymous"}: {widths[0]} px wide in a {widths[1]} px window, from {string.Join(", ", culprits)}");
                    }
                }
            }
        }
        finally
        {
            await context.CloseAsync();
        }

        wide.ShouldBeEmpty(string.Join("\n", wide));
        seen.Count.ShouldBeGreaterThan(50, string.Join("\n", seen));
        seen.ShouldContain("/Indicators");
        seen.ShouldContain("/AccessLog");
        seen.ShouldContain($"/Applicants/{own.Id}");
    }

    /// <summary>The outermost elements that reach past the window's right edge outside any scroll box, to say what to fix.</summary>
    private const string Culprits = """
        () => {
          const width = document.documentElement.clientWidth;
          const beyond = e => {
            const box = e.getBoundingClientRect();
            return box.right > width + 1 || (getComputedStyle(e).overflowX === 'visible' && box.left + e.scrollWidth > width + 1);
          };
          const scrolls = e => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(e).overflowX);
          const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.classList.length ? '.' + [...e.classList].join('.') : '');
          const contained = e => {
            for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
              if (scrolls(a)) return !beyond(a);
            }
            return false;
          };
          const wide = [...document.body.querySelectorAll('*')].filter(e => beyond(e) && !contained(e));
          const set = new Set(wide);
          return wide.filter(e => !set.has(e.parentElement)).slice(0, 4)
            .map(e => name(e) + ' in ' + [e.parentElement, e.parentElement?.parentElement].filter(Boolean).map(name).join(' < '));
        }
        """;
}
