using System.Globalization;
using System.Net;
using CaseWork.Web.Startup;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Security;

/// <summary>
/// Sign-in attempts against an instance with the shipped limits (the shared test instance has them raised, since the
/// whole run signs in from one address): ten a minute per user name, sixty a minute per client address.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class LoginRateLimitTests : IDisposable
{
    private static readonly LoginRateLimitOptions Shipped = new();

    private readonly CaseWorkAppFactory _instance = new(settings: new Dictionary<string, string?>
    {
        ["LoginRateLimit:PerUserNamePerMinute"] = Shipped.PerUserNamePerMinute.ToString(CultureInfo.InvariantCulture),
        ["LoginRateLimit:PerAddressPerMinute"] = Shipped.PerAddressPerMinute.ToString(CultureInfo.InvariantCulture),
    });

    private readonly Uri _address;

    public LoginRateLimitTests() => _address = _instance.StartOnKestrel();

    [Fact]
    public async Task TooManyTriesForOneUserName_AreRefusedWithAFriendlyPage_WhileOtherNamesStillGetAnAnswer()
    {
        using var session = new HttpSession(_address);
        for (var i = 0; i < Shipped.PerUserNamePerMinute; i++)
        {
            (await TryAsync(session, "nagon.som.gissar")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var refused = await TryAsync(session, " Nagon.Som.Gissar ");
        var otherName = await TryAsync(session, "en.annan");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        var html = await refused.TextAsync();
        html.ShouldContain("För många inloggningsförsök");
        html.ShouldContain("Vänta en minut och försök sedan logga in igen.");
        refused.ShouldCarrySecurityHeaders("429");
        otherName.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await otherName.TextAsync()).ShouldContain("Fel användarnamn eller lösenord.");
    }

    [Fact]
    public async Task TooManyTriesFromOneAddress_AreRefused_WhateverTheNames()
    {
        using var session = new HttpSession(_address);
        for (var i = 0; i < Shipped.PerAddressPerMinute; i++)
        {
            (await TryAsync(session, $"gissning{i}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var refused = await TryAsync(session, "ytterligare.namn");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await refused.TextAsync()).ShouldContain("För många inloggningsförsök");
    }

    public void Dispose() => _instance.Dispose();

    /// <summary>A wrong password for a name no account has, so no real account is locked out along the way.</summary>
    private static Task<HttpResponseMessage> TryAsync(HttpSession session, string userName) =>
        session.SubmitFormAsync("/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = "wrong-password" });
}
