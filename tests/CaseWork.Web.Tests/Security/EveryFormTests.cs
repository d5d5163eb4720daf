using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CaseWork.Domain.Access;
using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.CaseReviews;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace CaseWork.Web.Tests.Security;

/// <summary>
/// Every form of every Razor Page with a POST handler, found from the app's endpoint data source, read from the page as a
/// browser would and posted (a) once with each field missing in turn and (b) once with a NUL and a right-to-left override
/// (U+202E) in every text field. Never a server error, never a bare 400; a redrawn form still holds what was typed in
/// the other fields, and (b) is refused by a message by the field. A page added later is in the route table, so it is
/// covered unless it is named below with the reason it cannot be posted generically.
/// </summary>
public class EveryFormTests(AppFixture app, ITestOutputHelper output) : AppTest(app)
{
    private const string Problem = "Det finns ett problem";
    private const string ControlCharacter = "Texten innehåller ett osynligt styrtecken";
    private const string Nul = "\0";
    private const string RightToLeftOverride = "\u202E";

    /// <summary>Pages with a POST handler that this test does not post, each with the reason.</summary>
    private static readonly Dictionary<string, string> NotPostedHere = new()
    {
        ["/Account/Logout"] = "ends the session the test posts with; it has no field to leave out or type into",
        ["/Account/Login"] = "sign-in forms are rate limited per client and count failed attempts; a burst of generic posts would lock the test client out",
        ["/Account/LoginWithCode"] = "sign-in forms are rate limited per client and count failed attempts (and need a pending sign-in)",
        ["/Account/LoginWithRecoveryCode"] = "sign-in forms are rate limited per client and count failed attempts (and need a pending sign-in)",
        ["/Account/TwoFactor"] = "turns the signed-in user's own second step on or off, which changes how the test users sign in",
        ["/Account/KeepAlive"] = "posted by the idle warning's script with only the form token; it has no form or field (SessionEndTests.KeepWorking_…)",
        ["/Phrases/Use"] = "posted by the phrase picker's script with only the form token; it has no form or field (PhrasePickerTests.TheUseEndpoint_…)",
        ["/Culture"] = "the language switch sits in the layout, outside every page's main content: one list, no typed text",
        ["/Error"] = "shows a failed send again; it has no form of its own",
        ["/StatusCode"] = "shows a refused request; it has no form of its own",
    };

    /// <summary>
    /// Pages whose valid posts change what every test of the run shares (the organisation, Jobbtorg's job centres and
    /// interventions, user accounts: not emptied between tests). A form with a field left out may be valid and saved, so
    /// here only the post with control characters, which is always refused, is sent.
    /// </summary>
    private static readonly Dictionary<string, string> RefusedPostsOnly = new()
    {
        ["/Admin/Organisation/Index"] = "adds districts, units and groups",
        ["/Admin/Jobbtorg/Index"] = "adds and renames job centres and interventions that other tests refer to by name",
        ["/Admin/Users/Create"] = "creates user accounts",
        ["/Admin/Users/Edit"] = "renames, deactivates and sets passwords of user accounts",
    };

    private static readonly string[] TextTypes = ["text", "search", "email", "tel", "url", "password"];

    [Fact]
    public async Task EveryForm_WithAFieldMissing_OrControlCharactersTyped_IsRedrawnWithAMessage_NeverAServerErrorOrABare400()
    {
        var own = await App.AddCaseOnEveryTabAsync();
        var ids = await EndpointCatalog.RouteIdsOfAsync(own.Id);
        // The case's review is signed; an open one has forms to post.
        var (reviewId, entryIds) = await App.OpenReviewAsync();
        ids["reviewId"] = reviewId.ToString();
        ids["entryId"] = entryIds[0].ToString();
        ids["userId"] = await UserIdOfAsync(await App.CreateUserAsync(Roles.SocialWorker));
        // A second session of the first user, so that the sessions page has its "Avsluta" forms to post.
        await SignInAsync("socialsekreterare.st");
        var sessions = new List<(string User, HttpSession Session)>();
        // The last: the district's manager, who has no task in the case and is asked for a reason before reading it (aktivt val).
        foreach (var user in new[] { "socialsekreterare.st", "enhetschef.st", "jobbcoach", "admin", "chef" })
        {
            sessions.Add((user, await SignInAsync(user)));
        }

        var withPost = new HashSet<string>();
        var posted = new HashSet<string>();
        var problems = new List<string>();
        var routes = new List<(string Page, string? Path)>();
        var pages = await EndpointCatalog.PagesAsync(App);
        foreach (var fillOptional in new[] { false, true })
        {
            foreach (var page in pages)
            {
                var route = (page.Page, Path: page.PathWith(ids, fillOptional));
                if (page.HasPost && route.Path is not null && !NotPostedHere.ContainsKey(route.Page) && routes.All(r => !SamePath(r.Path!, route.Path)))
                {
                    routes.Add(route);
                }

                if (page.HasPost)
                {
                    withPost.Add(route.Page);
                }
            }
        }

        var posts = 0;
        foreach (var route in routes)
        {
            foreach (var (user, session) in sessions)
            {
                var forms = await FormsAsync(session, route.Path!);
                if (forms.Count == 0)
                {
                    continue;
                }

                output.WriteLine($"{route.Path} as {user}: {forms.Count} form(s)");
                posted.Add(route.Page);
                foreach (var form in forms)
                {
                    posts += await PostEachWayAsync(session, $"{route.Page} as {user}", form, problems, leaveFieldsOut: !RefusedPostsOnly.ContainsKey(route.Page));
                }

                break;
            }
        }

        problems.ShouldBeEmpty(string.Join("\n", problems));
        var notPosted = withPost.Except(posted).Except(NotPostedHere.Keys).Order().ToList();
        notPosted.ShouldBeEmpty("Pages with a POST handler whose form this test could not reach; post them here, or name them in NotPostedHere with the reason.");
        output.WriteLine($"{posted.Count} pages, {posts} posts");
        posted.Count.ShouldBeGreaterThan(20);
    }

    /// <summary>Posts one form with each field missing in turn, then with control characters in every text field.</summary>
    private async Task<int> PostEachWayAsync(HttpSession session, string where, PostedForm form, List<string> problems, bool leaveFieldsOut)
    {
        var posts = 0;
        var names = leaveFieldsOut ? form.Fields.Select(f => f.Name).Where(n => n != "__RequestVerificationToken").Distinct().ToList() : [];
        foreach (var missing in names)
        {
            var fields = form.Fields.Where(f => f.Name != missing).Select(f => Typed(f, control: false)).ToList();
            var response = await session.PostAsync(form.Action, WithNewKey(fields));
            posts++;
            var html = await response.TextAsync();
            var what = $"{where}: {form.Action} without {missing}";
            if (Refusal(response) is { } refusal)
            {
                problems.Add($"{what}: {refusal}");
            }
            else if (response.StatusCode == HttpStatusCode.OK && html.Contains(Problem, StringComparison.Ordinal) && !form.Fields.Any(f => f.Name == missing && f.IsHidden) && !IsListElement(missing))
            {
                foreach (var lost in form.Fields.Where(f => f.Name != missing && f.IsText && !f.IsPassword && !html.Contains(f.Typed, StringComparison.Ordinal)))
                {
                    problems.Add($"{what}: the redrawn form lost {lost.Name} \"{lost.Typed}\"");
                }
            }
        }

        if (form.Fields.Any(f => f.IsText))
        {
            var response = await session.PostAsync(form.Action, WithNewKey(form.Fields.Select(f => Typed(f, control: true)).ToList()));
            posts++;
            var html = await response.TextAsync();
            var what = $"{where}: {form.Action} with a NUL and U+202E in every text field";
            if (Refusal(response) is { } refusal)
            {
                problems.Add($"{what}: {refusal}");
            }
            else if (response.StatusCode != HttpStatusCode.OK || !html.Contains(Problem, StringComparison.Ordinal) || !html.Contains(ControlCharacter, StringComparison.Ordinal))
            {
                problems.Add($"{what}: {(int)response.StatusCode} {response.Headers.Location} without the message by the field");
            }
            else
            {
                foreach (var lost in form.Fields.Where(f => f.IsText && !f.IsPassword && !html.Contains(f.Typed, StringComparison.Ordinal)))
                {
                    problems.Add($"{what}: the redrawn form lost {lost.Name} \"{lost.Typed}\"");
                }
            }
        }

        return posts;
    }

    /// <summary>
    /// An element of a list ("Rows[2].Targets[3]"): ASP.NET Core binds a list up to its first gap, so a request without
    /// one element (which no browser sends: it sends every field, empty or not) loses the elements after it.
    /// </summary>
    private static bool IsListElement(string name) => name.EndsWith(']');

    /// <summary>"/Admin/IndicatorTargets" and "/Admin/IndicatorTargets/Index" are one page.</summary>
    private static bool SamePath(string one, string other) =>
        string.Equals(Trimmed(one), Trimmed(other), StringComparison.OrdinalIgnoreCase);

    private static string Trimmed(string path) =>
        path.EndsWith("/Index", StringComparison.OrdinalIgnoreCase) ? path[..^"/Index".Length] : path;

    private static string? Refusal(HttpResponseMessage response) => (int)response.StatusCode switch
    {
        >= 500 => $"server error {(int)response.StatusCode}",
        400 => "a bare 400",
        _ => null,
    };

    /// <summary>A text field as typed (its own value, or a distinct text when the page left it empty), control characters inside when asked.</summary>
    private static KeyValuePair<string, string> Typed(FormField field, bool control) =>
        new(field.Name, field.IsText ? field.Typed + (control ? Nul + RightToLeftOverride + "slut" : string.Empty) : field.Value);

    private static List<KeyValuePair<string, string>> WithNewKey(List<KeyValuePair<string, string>> fields) =>
        fields.Select(f => f.Key == HttpSession.SubmissionKeyField ? new KeyValuePair<string, string>(f.Key, Guid.NewGuid().ToString()) : f).ToList();

    /// <summary>The page's forms that post back to the page itself (one per submit button with its own target), as a browser would send them.</summary>
    private static async Task<List<PostedForm>> FormsAsync(HttpSession session, string path)
    {
        var response = await session.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return [];
        }

        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        var forms = new List<PostedForm>();
        var counter = 0;
        foreach (var form in document.QuerySelectorAll("main form").OfType<IHtmlFormElement>().Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)))
        {
            var fields = new List<FormField>();
            foreach (var element in form.Elements)
            {
                switch (element)
                {
                    case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !input.IsDisabled:
                        var type = input.Type;
                        if (type is "submit" or "button" or "reset" or "image" or "file" || (type is "checkbox" or "radio" && !input.IsChecked))
                        {
                            break;
                        }

                        var isText = TextTypes.Contains(type);
                        var value = input.GetAttribute("value") ?? string.Empty;
                        fields.Add(new FormField(input.Name, value, isText, type == "password", value.Length > 0 ? value : $"Typed{++counter}x", type == "hidden"));
                        break;
                    case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !area.IsDisabled:
                        var text = area.Value;
                        fields.Add(new FormField(area.Name, text, true, false, text.Length > 0 ? text.Trim() : $"Typed{++counter}x"));
                        break;
                    case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !select.IsDisabled:
                        var option = select.Options.OfType<IHtmlOptionElement>().FirstOrDefault(o => o.IsSelected) ?? select.Options.OfType<IHtmlOptionElement>().FirstOrDefault();
                        fields.Add(new FormField(select.Name, option?.Value ?? string.Empty, false, false, string.Empty));
                        break;
                }
            }

            var action = ActionPath(form.GetAttribute("action"), path);
            var buttons = form.Elements.Where(e => e is IHtmlButtonElement { Type: "submit" } || e is IHtmlInputElement { Type: "submit" }).ToList();
            List<(string Target, FormField? Button)> targets = buttons.Count == 0
                ? [(action, (FormField?)null)]
                : buttons.Select(b => (
                    b.GetAttribute("formaction") is { Length: > 0 } formAction ? ActionPath(formAction, path) : action,
                    b.GetAttribute("name") is { Length: > 0 } name ? new FormField(name, b.GetAttribute("value") ?? string.Empty, false, false, string.Empty) : null))
                    .Distinct().ToList();
            foreach (var (target, button) in targets)
            {
                if (!SamePath(target.Split('?')[0], path))
                {
                    continue; // another page's form (it is posted from that page)
                }

                forms.Add(new PostedForm(target, button is null ? fields : [.. fields, button]));
            }
        }

        return forms;
    }

    private static string ActionPath(string? action, string path) =>
        string.IsNullOrEmpty(action) ? path : WebUtility.HtmlDecode(action);

    private async Task<string> UserIdOfAsync(string userName)
    {
        await using var db = App.NewDbContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    /// <param name="IsHidden">A field the page carries and a browser always sends: without it the form may be refused without what was typed (but never with a server error or a bare 400).</param>
    private sealed record FormField(string Name, string Value, bool IsText, bool IsPassword, string Typed, bool IsHidden = false);

    private sealed record PostedForm(string Action, List<FormField> Fields);
}
