using CaseWork.Domain.Access;
using CaseWork.Domain.Applicants;
using CaseWork.Infrastructure.Identity;
using CaseWork.Infrastructure.Seeding;
using CaseWork.Web.Tests.FollowUps;
using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.Phrases;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace CaseWork.Web.Tests.Security;

/// <summary>
/// Every Razor Page of the route table with ids in its route, and every handler of it, GET and POST, as each kind of
/// user (social worker, unit head, Jobbtorg coach, administrator): the route names in-scope records while the query
/// string and the form name another unit's applicant and its records under the same names (and as ApplicantId). The
/// answer is never a server error, and nothing in the other applicant's file (or the other user's account) changes.
/// A page added later is in the route table (<see cref="EndpointCatalog"/>), so it is covered without anyone adding it
/// here; a route whose ids the arranged case cannot fill fails the test rather than being skipped.
/// </summary>
public class RouteIdsEveryEndpointTests(AppFixture app, ITestOutputHelper output) : AppTest(app)
{
    [Theory]
    [InlineData("socialsekreterare.st")]
    [InlineData("enhetschef.st")]
    [InlineData("jobbcoach")]
    [InlineData("admin")]
    public async Task EveryPageAndHandler_BodyAndQueryIdsOfAnotherFile_AreIgnored(string userName)
    {
        var (own, ownIds, other, otherIds) = await ArrangeAsync();
        var session = await SignInAsync(userName);
        if (userName == "enhetschef.st")
        {
            // A unit head outside a review states a reason first; without one every case page is the reason form.
            await session.StateReasonAsync(own.Id);
        }

        var before = await FileOfAsync(other.Id, otherIds["userId"]);
        var token = await session.FormFieldsAsync("/Account/ChangePassword", []);

        // Ids that name the other file only (a review action, say, is not one applicant's, so both sides share it).
        var othersOnly = otherIds.Values.Except(ownIds.Values).ToList();
        var problems = new List<string>();
        var tried = 0;
        foreach (var page in await EndpointCatalog.PagesAsync(App))
        {
            if (!page.HasRouteIds)
            {
                continue;
            }

            var path = page.PathWith(ownIds);
            if (path is null)
            {
                problems.Add($"no in-scope record for the ids of {page.Template}: arrange one in {nameof(ArrangeAsync)}");
                continue;
            }

            var hostile = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["ApplicantId"] = other.Id.ToString(), ["Input.ApplicantId"] = other.Id.ToString() };
            foreach (var name in page.RouteNames)
            {
                hostile[name] = otherIds.TryGetValue(name, out var id) ? id : other.Id.ToString();
            }

            var query = string.Join('&', hostile.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
            foreach (var handler in page.Handlers)
            {
                var url = $"{path}?{query}" + (handler.Name is null ? string.Empty : $"&handler={handler.Name}");
                HttpResponseMessage response;
                if (handler.Method == "GET")
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative)) { Content = new FormUrlEncodedContent(hostile) };
                    response = await session.SendAsync(request);
                }
                else
                {
                    response = await session.PostAsync(url, new Dictionary<string, string>(hostile) { ["__RequestVerificationToken"] = token["__RequestVerificationToken"] });
                }

                tried++;
                output.WriteLine($"{(int)response.StatusCode} {handler.Method} {url}");
                if ((int)response.StatusCode >= 500)
                {
                    problems.Add($"{(int)response.StatusCode} {handler.Method} {url}");
                }

                if (response.Headers.Location?.OriginalString is { } location && othersOnly.Any(id => location.Split('?')[0].Contains(id, StringComparison.OrdinalIgnoreCase)))
                {
                    problems.Add($"{handler.Method} {url} redirects into the other file: {location}");
                }
            }
        }

        var after = await FileOfAsync(other.Id, otherIds["userId"]);
        after.ShouldBe(before, "the other applicant's file (or the other user's account) changed");
        problems.ShouldBeEmpty(string.Join("\n", problems));
        tried.ShouldBeGreaterThan(40);
    }

    /// <summary>
    /// A POST that names no handler the page has (a bogus handler name, or none on a page whose POST handlers are all
    /// named) is answered 405 by one filter for every page (Startup/UnmatchedHandlerFilter), never by rendering the page
    /// without its data (a 500). Pages with an unnamed POST handler run it for any name, so they are posted only in
    /// the test above.
    /// </summary>
    [Theory]
    [InlineData("socialsekreterare.st")]
    [InlineData("enhetschef.st")]
    [InlineData("jobbcoach")]
    [InlineData("admin")]
    public async Task EveryPage_APostNoHandlerMatches_IsRefusedWithoutAServerError(string userName)
    {
        var (_, ownIds, _, _) = await ArrangeAsync();
        var session = await SignInAsync(userName);
        var token = await session.FormFieldsAsync("/Account/ChangePassword", []);

        var problems = new List<string>();
        var tried = 0;
        foreach (var page in await EndpointCatalog.PagesAsync(App))
        {
            if (page.Handlers.Any(h => h is { Method: "POST", Name: null }) || page.PathWith(ownIds) is not { } path)
            {
                continue;
            }

            foreach (var url in new[] { $"{path}?handler=NoSuchHandler", path })
            {
                var response = await session.PostAsync(url, new Dictionary<string, string> { ["__RequestVerificationToken"] = token["__RequestVerificationToken"] });
                tried++;
                output.WriteLine($"{(int)response.StatusCode} POST {url}");
                if ((int)response.StatusCode >= 500 || response.StatusCode == System.Net.HttpStatusCode.OK)
                {
                    problems.Add($"{(int)response.StatusCode} POST {url}");
                }
            }
        }

        problems.ShouldBeEmpty(string.Join("\n", problems));
        tried.ShouldBeGreaterThan(20);
    }

    /// <summary>
    /// A case of socialsekreterare.st in Spånga-Tensta with something on every tab, a talk and a Jobbtorg Kista referral
    /// (the coach jobbcoach's participant), and a user account for the administrator's pages; the other file is a
    /// Hägersten-Liljeholmen applicant with a plan, a talk and a referral to Jobbtorg Skärholmen, and another account.
    /// </summary>
    private async Task<(Applicant Own, Dictionary<string, string> OwnIds, Applicant Other, Dictionary<string, string> OtherIds)> ArrangeAsync()
    {
        var own = await App.AddCaseOnEveryTabAsync();
        await App.AddTalkAsync(own.Id, Org.UserIds["socialsekreterare.st"], daysAgo: 3);
        var other = await App.AddApplicantAsync(Org.HagerstenUnit, firstName: "Annan", assignedWorker: Org.UserIds["socialsekreterare.hl"]);
        await App.AddActivePlanAsync(other);
        await App.AddTalkAsync(other.Id, Org.UserIds["socialsekreterare.hl"], daysAgo: 3);
        await App.AddReferralAsync(other, firstVisitDaysAgo: 10, jobCentre: DemoOrganisation.JobbtorgSkarholmen);

        var ownIds = await EndpointCatalog.RouteIdsOfAsync(own.Id);
        ownIds["userId"] = await UserIdAsync(await App.CreateUserAsync(Roles.SocialWorker));
        var otherIds = await EndpointCatalog.RouteIdsOfAsync(other.Id);
        otherIds["userId"] = await UserIdAsync(await App.CreateUserAsync(Roles.SocialWorker));
        ownIds["phraseId"] = (await App.AddOwnPhraseAsync(Org.UserIds["socialsekreterare.st"], Org.SpangaTenstaUnit)).ToString();
        otherIds["phraseId"] = (await App.AddOwnPhraseAsync(Org.UserIds["socialsekreterare.hl"], Org.HagerstenUnit)).ToString();
        return (own, ownIds, other, otherIds);
    }

    private async Task<string> UserIdAsync(string userName)
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName))!.Id;
    }

    /// <summary>Rows and the newest row version of every table with an applicant_id, for one applicant, and one user's account row.</summary>
    private static async Task<string> FileOfAsync(Guid applicantId, string userId)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("select table_name from information_schema.columns where table_schema = 'public' and column_name = 'applicant_id' order by table_name", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var file = new List<string>();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"select count(*) || '/' || coalesce(max(xmin::text::bigint), 0) from \"{table}\" where applicant_id = @a", connection);
            command.Parameters.AddWithValue("a", applicantId);
            file.Add($"{table}: {await command.ExecuteScalarAsync()}");
        }

        var applicant = new NpgsqlCommand("select xmin::text from applicants where id = @a", connection);
        await using (applicant)
        {
            applicant.Parameters.AddWithValue("a", applicantId);
            file.Add($"applicants: {await applicant.ExecuteScalarAsync()}");
        }

        await using (var user = new NpgsqlCommand("select xmin::text || '/' || coalesce(security_stamp, '') from \"AspNetUsers\" where id = @u", connection))
        {
            user.Parameters.AddWithValue("u", userId);
            file.Add($"user: {await user.ExecuteScalarAsync()}");
        }

        return string.Join("\n", file);
    }
}
