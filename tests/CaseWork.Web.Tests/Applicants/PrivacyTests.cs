using System.Net;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Applicants;

public class PrivacyTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task PersonalIdentityNumber_NeverReachesTheLogOrTheAuditTrail()
    {
        var pin = TestPins.Next();
        var digits = pin.Replace("-", string.Empty, StringComparison.Ordinal);
        var session = await SignInAsync("socialsekreterare.st");

        var created = await session.SubmitFormAsync("/Applicants/Create", new()
        {
            ["Input.PersonalIdentityNumber"] = pin, ["Input.FirstName"] = "Privat", ["Input.LastName"] = "Person",
            ["Input.Household"] = "SingleAdult", ["Input.NumberOfChildren"] = "0", ["Input.Reason"] = "Unemployment",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await session.GetStringAsync(created.Headers.Location!.ToString());
        await session.GetStringAsync("/Applicants?q=" + Uri.EscapeDataString(pin));
        await session.GetStringAsync("/Applicants?q=" + digits[2..]);
        await session.SubmitFormAsync("/Applicants/Create", new() { ["Input.PersonalIdentityNumber"] = pin, ["Input.FirstName"] = "Dubblett" });

        App.Factory.Log.Lines.Count.ShouldBeGreaterThan(0);
        foreach (var form in new[] { pin, digits, digits[2..], pin[2..] })
        {
            App.Factory.Log.Lines.ShouldNotContain(line => line.Contains(form, StringComparison.Ordinal), customMessage: form);
        }

        await using var db = App.NewDbContext();
        (await db.AuditEntries.AnyAsync(e => e.Detail != null && (e.Detail.Contains(digits) || e.Detail.Contains(pin)))).ShouldBeFalse();
    }

    [Fact]
    public async Task UnknownPage_GetsTheFriendly404()
    {
        var response = await (await SignInAsync("socialsekreterare.st")).GetAsync("/No/Such/Page");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await response.TextAsync();
        html.ShouldContain("Sidan finns inte");
        html.ShouldContain("Till startsidan");
    }

    [Fact]
    public async Task ApplicantPages_AreNotCached()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);

        var response = await (await SignInAsync("socialsekreterare.st")).GetAsync($"/Applicants/{applicant.Id}");

        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }
}

public class ErrorPageTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task UnhandledException_ShowsTheFriendlyPageWithoutDetails()
    {
        var response = await (await SignInAsync("socialsekreterare.st")).GetAsync(FailingEndpoint.Path);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var html = await response.TextAsync();
        html.ShouldContain("Något gick fel");
        html.ShouldNotContain("Simulated failure");
        html.ShouldNotContain("InvalidOperationException");
        html.ShouldNotContain(" at ");
        App.Factory.Log.Lines.ShouldContain(line => line.Contains("Simulated failure", StringComparison.Ordinal));
    }
}
