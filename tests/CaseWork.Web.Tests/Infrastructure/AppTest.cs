using CaseWork.Domain.Calendar;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Infrastructure;

/// <summary>Base for tests against the running app: a clean case register before each test.</summary>
[Collection(AppTestGroup.Name)]
public abstract class AppTest(AppFixture app) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<HttpSession> _sessions = [];

    protected AppFixture App { get; } = app;

    protected OrganisationIds Org => App.Organisation;

    public virtual Task InitializeAsync() => App.ResetAsync();

    public virtual async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        foreach (var session in _sessions)
        {
            session.Dispose();
        }
    }

    protected async Task<HttpSession> SignInAsync(string userName)
    {
        var session = await HttpSession.SignInAsync(App.BaseAddress, userName);
        _sessions.Add(session);
        return session;
    }

    protected HttpSession Anonymous()
    {
        var session = new HttpSession(App.BaseAddress);
        _sessions.Add(session);
        return session;
    }

    /// <summary>A fresh browser (own cookies), optionally signed in through the login form; optionally without JavaScript.</summary>
    protected async Task<IPage> OpenBrowserAsync(string? userName = null, string password = AppFixture.Password, bool javaScript = true)
    {
        var context = await App.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 860 },
            Locale = "sv-SE",
            TimezoneId = SwedishTime.ZoneId,
            JavaScriptEnabled = javaScript,
        });
        context.SetDefaultTimeout(15_000);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        if (userName is not null)
        {
            await SignInAsync(page, userName, password);
        }

        return page;
    }

    /// <summary>Signs in through the login form in <paramref name="page"/>, with the second step when the user has one.</summary>
    protected static async Task SignInAsync(IPage page, string userName, string password = AppFixture.Password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await SubmitLoginAsync(page, userName, password);
        await page.WaitForURLAsync(url => !url.EndsWith("/Account/Login", StringComparison.Ordinal));
        if (page.Url.Contains("/Account/LoginWithCode", StringComparison.Ordinal))
        {
            await SubmitAuthenticatorCodeAsync(page, userName);
        }

        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }

    /// <summary>The second sign-in step, with the code the user's authenticator app would show now.</summary>
    protected static async Task SubmitAuthenticatorCodeAsync(IPage page, string userName)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByLabel("Kod från appen").FillAsync(await Authenticator.CurrentCodeOfAsync(userName));
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
    }

    protected static async Task SubmitLoginAsync(IPage page, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Användarnamn").FillAsync(userName);
        await page.GetByLabel("Lösenord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
    }
}
