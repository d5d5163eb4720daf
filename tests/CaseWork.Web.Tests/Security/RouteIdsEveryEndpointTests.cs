using System.Net;
using CaseWork.Web.Tests.FollowUps;
using CaseWork.Web.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace CaseWork.Web.Tests.Security;

/// <summary>
/// Every Razor Page of the route table with ids in its route, and every handler of it, GET and POST: the route names
/// in-scope records while the query string and the form name another unit's applicant and its plan under the same
/// names (and as ApplicantId). The answer is never a server error, and nothing in the other applicant's file changes.
/// A page added later is in the route table, so it is covered without anyone adding it here.
/// </summary>
public class RouteIdsEveryEndpointTests(AppFixture app, ITestOutputHelper output) : AppTest(app)
{
    [Fact]
    public async Task EveryPageAndHandler_BodyAndQueryIdsOfAnotherFile_AreIgnored()
    {
        var own = await App.AddCaseOnEveryTabAsync();
        var other = await App.AddApplicantAsync(Org.HagerstenUnit, firstName: "Annan");
        var otherPlan = await App.AddActivePlanAsync(other);
        var ownIds = await PageRoutes.InScopeIdsAsync(own.Id);
        var session = await SignInAsync("socialsekreterare.st");
        var before = await FileOfAsync(other.Id);

        var problems = new List<string>();
        var tried = 0;
        await foreach (var route in PageRoutes.AllAsync(App, ownIds))
        {
            if (route.Names.Count == 0)
            {
                continue;
            }

            if (route.Path is not { } path)
            {
                output.WriteLine($"skipped (no in-scope record for its ids): {route.Pattern}");
                continue;
            }

            var (handlers, names) = (route.Handlers, route.Names);
            var hostile = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["ApplicantId"] = other.Id.ToString(), ["Input.ApplicantId"] = other.Id.ToString() };
            foreach (var name in names)
            {
                hostile[name] = name.Equals("planId", StringComparison.OrdinalIgnoreCase) ? otherPlan.Id.ToString() : other.Id.ToString();
            }

            var query = string.Join('&', hostile.Select(f => $"{Uri.EscapeDataString(f.Key)}={f.Value}"));
            foreach (var (handler, method) in handlers)
            {
                var url = $"{path}?{query}" + (handler is null ? string.Empty : $"&handler={handler}");
                HttpResponseMessage response;
                if (method == "GET")
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative)) { Content = new FormUrlEncodedContent(hostile) };
                    response = await session.SendAsync(request);
                }
                else
                {
                    var fields = await session.FormFieldsAsync("/Applicants/Create", hostile);
                    fields.Remove(HttpSession.SubmissionKeyField);
                    response = await session.PostAsync(url, fields);
                }

                tried++;
                output.WriteLine($"{(int)response.StatusCode} {method} {url}");
                if ((int)response.StatusCode >= 500)
                {
                    problems.Add($"{(int)response.StatusCode} {method} {url}");
                }

                if (response.Headers.Location?.OriginalString is { } location && location.Split('?')[0].Contains(other.Id.ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{method} {url} redirects into the other file: {location}");
                }
            }
        }

        var after = await FileOfAsync(other.Id);
        after.ShouldBe(before, "the other applicant's file changed");
        problems.ShouldBeEmpty(string.Join("\n", problems));
        tried.ShouldBeGreaterThan(40);
    }

    /// <summary>Rows and the newest row version of every table with an applicant_id, for one applicant.</summary>
    private static async Task<string> FileOfAsync(Guid applicantId)
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

        return string.Join("\n", file);
    }
}
