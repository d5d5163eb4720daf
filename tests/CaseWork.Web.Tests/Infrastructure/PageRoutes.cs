using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseWork.Web.Tests.Infrastructure;

/// <summary>A Razor Page of the route table, its path with route ids filled in (null when no record was at hand for an id), and its handlers.</summary>
public sealed record PageRoute(string Page, string Pattern, string? Path, IReadOnlyList<(string? Handler, string Method)> Handlers, IReadOnlyList<string> Names)
{
    public bool HasPost => Handlers.Any(h => h.Method == "POST");
}

/// <summary>
/// Every Razor Page endpoint of the app's endpoint data source, for the tests that cover every page (a page added
/// later is in the route table, so it is covered without anyone adding it to a test).
/// </summary>
public static class PageRoutes
{
    /// <summary>
    /// The pages with their route ids filled from <paramref name="ids"/> (by parameter name) and their handlers; a page
    /// whose route names an id not in <paramref name="ids"/> comes without a path. With
    /// <paramref name="fillOptional"/> false, optional route ids are left out (a new record rather than an existing one).
    /// </summary>
    public static async IAsyncEnumerable<PageRoute> AllAsync(AppFixture app, IReadOnlyDictionary<string, string> ids, bool fillOptional = true)
    {
        ArgumentNullException.ThrowIfNull(app);
        var loader = app.Factory.Services.GetRequiredService<PageLoader>();
        foreach (var endpoint in app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                continue;
            }

            var pattern = endpoint.RoutePattern.RawText ?? page.ViewEnginePath;
            var path = PathOf(endpoint.RoutePattern, ids, fillOptional);
            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            var handlers = compiled.HandlerMethods.Select(h => (h.Name, h.HttpMethod.ToUpperInvariant())).ToList();
            // Every page answers a plain GET; a POST goes to the handlers the page declares.
            handlers.Add((null, "GET"));
            yield return new PageRoute(page.ViewEnginePath, pattern, path, handlers.Distinct().ToList(), endpoint.RoutePattern.Parameters.Select(p => p.Name).ToList());
        }
    }

    /// <summary>Route ids of records in <paramref name="applicantId"/>'s file (and a review action), by route parameter name.</summary>
    public static async Task<Dictionary<string, string>> InScopeIdsAsync(Guid applicantId)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["applicantId"] = applicantId.ToString() };
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
                    ids[name] = id.ToString();
                }
            }
            catch (PostgresException)
            {
                // A table or column named otherwise: routes with this id are skipped, and the caller is told so.
            }
        }

        return ids;
    }

    private static string? PathOf(RoutePattern pattern, IReadOnlyDictionary<string, string> ids, bool fillOptional)
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
                    case RoutePatternParameterPart parameter when (fillOptional || !parameter.IsOptional) && ids.TryGetValue(parameter.Name, out var id):
                        text += id;
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
}
