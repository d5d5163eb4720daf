using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using CaseWork.Web.Tests.Infrastructure;
using static CaseWork.Web.Tests.Faults.NoteForms;

namespace CaseWork.Web.Tests.Faults;

/// <summary>
/// PostgreSQL stops or restarts while people are saving: each request either succeeds (after the app's retries) or
/// gets a plain page offering to send the form again, and no note is lost or saved twice.
/// </summary>
public sealed partial class DatabaseRestartTests(FaultyDatabaseApp app) : IClassFixture<FaultyDatabaseApp>
{
    private const int Writers = 3;
    private const int NotesEach = 5;

    [Fact]
    public async Task NotesWrittenWhileTheDatabaseRestartsAndStops_AreEachSavedExactlyOnce()
    {
        var applicantId = await app.AddApplicantAsync();
        using var session = await HttpSession.SignInAsync(app.BaseAddress, FaultyDatabaseApp.Worker);
        var startedBefore = await app.Database.StartedAtAsync();
        var unavailablePages = new ConcurrentBag<string>();

        var written = new ConcurrentBag<string>();
        using var outageOver = new CancellationTokenSource();

        // Each writer keeps writing notes, one after the other, until the outage is over and it has written a few more.
        var writers = Enumerable.Range(1, Writers).Select(writer => Task.Run(async () =>
        {
            for (var note = 1; !outageOver.IsCancellationRequested || note <= NotesEach; note++)
            {
                var text = $"Omstartstest {writer}-{note}";
                await SendUntilSavedAsync(session, WritePage(applicantId), Note(text), unavailablePages);
                written.Add(text);
            }
        })).ToList();

        await Task.Delay(400);
        await app.Database.RestartAsync();
        await Task.Delay(400);
        await app.Database.StopAsync();
        // Longer than a request's retries, so some sends must get the error page: the session read and the save each
        // retry three times (one second apart at most here), so a request can outlast a shorter outage and succeed.
        await Task.Delay(TimeSpan.FromSeconds(12));
        await app.Database.StartAgainAsync();
        await outageOver.CancelAsync();
        await Task.WhenAll(writers);

        (await app.Database.StartedAtAsync()).ShouldNotBe(startedBefore);
        unavailablePages.ShouldNotBeEmpty("the outage was longer than the retries, so some request must have met it");
        written.Count.ShouldBeGreaterThanOrEqualTo(Writers * NotesEach);
        foreach (var text in written)
        {
            (await app.NotesWithTextAsync(text)).ShouldBe(1, text);
        }

        (await app.NotesCountAsync()).ShouldBe(written.Count);
    }

    [Fact]
    public async Task AFormSentWhileTheDatabaseIsDown_GetsAPlainPage_WithTheFormToSendAgain_WhichSavesItOnce()
    {
        var applicantId = await app.AddApplicantAsync();
        using var session = await HttpSession.SignInAsync(app.BaseAddress, FaultyDatabaseApp.Worker);
        var form = await session.FormFieldsAsync(WritePage(applicantId), Note("Skrevs medan databasen var nere."));

        await app.Database.StopAsync();
        HttpResponseMessage failed;
        string list;
        try
        {
            failed = await session.PostAsync(WritePage(applicantId), form);
            list = await (await session.GetAsync("/Applicants")).TextAsync();
        }
        finally
        {
            await app.Database.StartAgainAsync();
        }

        failed.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var page = await failed.TextAsync();
        page.ShouldContain("Databasen svarar inte");
        page.ShouldContain("Skicka igen");
        page.ShouldNotContain("Exception");
        page.ShouldNotContain("Npgsql");
        list.ShouldContain("Databasen svarar inte");
        list.ShouldContain("Försök igen");

        var resend = ResendForm(page);
        resend.Fields["Input.Text"].ShouldBe("Skrevs medan databasen var nere.");
        resend.Fields[HttpSession.SubmissionKeyField].ShouldBe(form[HttpSession.SubmissionKeyField]);
        var saved = await session.PostAsync(resend.Action, resend.Fields);
        var again = await session.PostAsync(resend.Action, resend.Fields);

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.TextAsync());
        again.Headers.Location.ShouldBe(saved.Headers.Location);
        (await app.NotesWithTextAsync("Skrevs medan databasen var nere.")).ShouldBe(1);
    }

    /// <summary>As a patient user would: send; on the error page press "Skicka igen" until it is saved.</summary>
    private static async Task SendUntilSavedAsync(HttpSession session, string url, Dictionary<string, string> note, ConcurrentBag<string> unavailablePages)
    {
        Dictionary<string, string>? form = null;
        for (var attempt = 0; attempt < 60; attempt++)
        {
            if (form is null)
            {
                var shown = await session.GetAsync(url);
                if (shown.StatusCode == HttpStatusCode.OK)
                {
                    form = await session.FormFieldsAsync(url, note);
                }
                else
                {
                    var failed = await shown.TextAsync();
                    shown.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, failed);
                    failed.ShouldContain("Databasen svarar inte");
                    unavailablePages.Add(failed);
                    await Task.Delay(500);
                    continue;
                }
            }

            var response = await session.PostAsync(url, form);
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                return;
            }

            var page = await response.TextAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, page);
            page.ShouldContain("Databasen svarar inte");
            page.ShouldNotContain("Exception");
            unavailablePages.Add(page);
            form = ResendForm(page).Fields;
            await Task.Delay(500);
        }

        throw new TimeoutException($"{note["Input.Text"]} was never saved");
    }

    private static (string Action, Dictionary<string, string> Fields) ResendForm(string page)
    {
        var form = ResendFormPattern().Match(page);
        form.Success.ShouldBeTrue(page);
        var fields = HiddenFieldPattern().Matches(form.Groups["fields"].Value)
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);
        return (form.Groups["action"].Value, fields);
    }

    [GeneratedRegex("<form method=\"post\" action=\"(?<action>[^\"]+)\"[^>]*id=\"resend-form\">(?<fields>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex ResendFormPattern();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenFieldPattern();
}
