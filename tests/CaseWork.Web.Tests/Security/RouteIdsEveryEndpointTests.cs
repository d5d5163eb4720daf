using System.Net;
using CaseWork.Web.Tests.FollowUps;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
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
        var ownIds = await OwnRouteIdsAsync(own.Id);
        var session = await SignInAsync("socialsekreterare.st");
        var before = await FileOfAsync(other.Id);

        var problems = new List<string>();
        var tried = 0;
        await foreach (var (path, handlers, names) in RoutesAsync(ownIds))
        {
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

    /// <summary>The paths of the route table with their route ids filled from in-scope records, with each page's handlers.</summary>
    private async IAsyncEnumerable<(string Path, List<(string? Handler, string Method)> Handlers, List<string> Names)> RoutesAsync(Dictionary<string, Guid> ids)
    {
        var loader = App.Factory.Services.GetRequiredService<PageLoader>();
        foreach (var endpoint in App.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page || endpoint.RoutePattern.Parameters.Count == 0)
            {
                continue;
            }

            if (PathOf(endpoint.RoutePattern, ids) is not { } path)
            {
                output.WriteLine($"skipped (no in-scope record for its ids): {endpoint.RoutePattern.RawText}");
                continue;
            }

            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            var handlers = compiled.HandlerMethods.Select(h => (h.Name, h.HttpMethod.ToUpperInvariant())).Distinct().ToList();
            // Every page answers a plain GET; a POST goes to the handlers the page declares.
            handlers.Add((null, "GET"));
            yield return (path, handlers.Distinct().ToList(), endpoint.RoutePattern.Parameters.Select(p => p.Name).ToList());
        }
    }

    private static string? PathOf(RoutePattern pattern, Dictionary<string, Guid> ids)
    {
        var segments = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            var text = string.Empty;
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart literal:
                        text += literal.Content;
                        break;
                    case RoutePatternSeparatorPart separator:
                        text += separator.Content;
                        break;
                    case RoutePatternParameterPart parameter when ids.TryGetValue(parameter.Name, out var id):
                        text += id.ToString();
                        break;
                    case RoutePatternParameterPart { IsOptional: true }:
                        break;
                    default:
                        return null;
                }
            }

            if (text.Length > 0)
            {
                segments.Add(text);
            }
        }

        return "/" + string.Join('/', segments);
    }

    private static async Task<Dictionary<string, Guid>> OwnRouteIdsAsync(Guid applicantId)
    {
        var ids = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase) { ["applicantId"] = applicantId };
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        foreach (var (name, sql) in new[]
        {
            ("planId", "select id from work_plans where applicant_id = @a limit 1"),
            ("investigationId", "select id from basic_investigations where applicant_id = @a limit 1"),
            ("noteId", "select id from journal_notes where applicant_id = @a limit 1"),
            ("talkId", "select id from follow_up_talks where applicant_id = @a limit 1"),
            ("referralId", "select id from referrals where applicant_id = @a limit 1"),
            ("entryId", "select id from case_review_entries where applicant_id = @a limit 1"),
            ("reviewId", "select review_id from case_review_entries where applicant_id = @a limit 1"),
            ("actionId", "select id from review_actions limit 1"),
        })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("a", applicantId);
            try
            {
                if (await command.ExecuteScalarAsync() is Guid id)
                {
                    ids[name] = id;
                }
            }
            catch (PostgresException)
            {
                // A table or column named otherwise: routes with this id are skipped, and the output says so.
            }
        }

        return ids;
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
