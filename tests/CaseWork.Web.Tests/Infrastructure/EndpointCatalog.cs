using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseWork.Web.Tests.Infrastructure;

/// <summary>
/// Every Razor Page of the app's route table with its handlers, read from the endpoint data source: tests that walk
/// all pages cover a page added later without anyone adding it to a list.
/// </summary>
public static class EndpointCatalog
{
    /// <summary>Every page endpoint; each page's handlers are its declared ones plus the plain GET every page answers.</summary>
    public static async Task<IReadOnlyList<PageEndpoint>> PagesAsync(AppFixture app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var loader = app.Factory.Services.GetRequiredService<PageLoader>();
        var pages = new List<PageEndpoint>();
        foreach (var endpoint in app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                continue;
            }

            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            var handlers = compiled.HandlerMethods.Select(h => new PageHandler(h.Name, h.HttpMethod.ToUpperInvariant())).ToList();
            handlers.Add(new PageHandler(null, "GET"));
            pages.Add(new PageEndpoint(page.ViewEnginePath, endpoint.RoutePattern, handlers.Distinct().ToList()));
        }

        return pages;
    }

    /// <summary>
    /// Every page endpoint with its PageModel class and the authorization its endpoint carries (from any source: the
    /// class's attributes, or a convention or filter added elsewhere).
    /// </summary>
    public static async Task<IReadOnlyList<PageAuthorization>> AuthorizationAsync(AppFixture app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var loader = app.Factory.Services.GetRequiredService<PageLoader>();
        var pages = new Dictionary<string, PageAuthorization>(StringComparer.Ordinal);
        foreach (var endpoint in app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                continue;
            }

            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            var metadata = compiled.Endpoint?.Metadata ?? endpoint.Metadata;
            pages[page.ViewEnginePath] = new PageAuthorization(
                page.ViewEnginePath,
                compiled.ModelTypeInfo?.AsType() ?? compiled.PageTypeInfo.AsType(),
                metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? string.Empty).Distinct().ToList(),
                metadata.GetMetadata<IAllowAnonymous>() is not null);
        }

        return pages.Values.OrderBy(p => p.Page, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Ids of one applicant's records under the route parameter names that address them ({planId}, {talkId}, ...), to
    /// fill routes with; a kind the applicant has none of is left out.
    /// </summary>
    public static async Task<Dictionary<string, string>> RouteIdsOfAsync(Guid applicantId)
    {
        // The record extract addresses the person as {personId}.
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["applicantId"] = applicantId.ToString(), ["personId"] = applicantId.ToString() };
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        foreach (var (name, sql) in new[]
        {
            ("planId", "select id from work_plans where applicant_id = @a limit 1"),
            ("investigationId", "select id from basic_investigations where applicant_id = @a limit 1"),
            ("noteId", "select id from journal_notes where applicant_id = @a limit 1"),
            ("corrects", "select id from journal_notes where applicant_id = @a and signed_at is not null limit 1"),
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
                // A table or column named otherwise: routes with this id cannot be filled, and the test walking them says so.
            }
        }

        return ids;
    }
}

/// <summary>A page, its PageModel class, the policies its endpoint requires and whether it lets anyone in.</summary>
public sealed record PageAuthorization(string Page, Type Model, IReadOnlyList<string> EndpointPolicies, bool EndpointAllowsAnonymous);

public sealed record PageHandler(string? Name, string Method);

/// <summary>A page (<paramref name="Page"/> is its view path, e.g. "/Admin/Users/Edit"), its route and its handlers.</summary>
public sealed record PageEndpoint(string Page, RoutePattern Pattern, IReadOnlyList<PageHandler> Handlers)
{
    public bool HasPost => Handlers.Any(h => h.Method == "POST");

    public string Template => Pattern.RawText ?? string.Empty;

    public IReadOnlyList<string> RouteNames => Pattern.Parameters.Select(p => p.Name).ToList();

    public bool HasRouteIds => Pattern.Parameters.Count > 0;

    /// <summary>
    /// The page's path with its route parameters filled from <paramref name="ids"/>; null when one is missing. With
    /// <paramref name="fillOptional"/> false, optional ids are left out (the page for a new record, not an existing one).
    /// </summary>
    public string? PathWith(IReadOnlyDictionary<string, string> ids, bool fillOptional = true)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var segments = new List<string>();
        foreach (var segment in Pattern.PathSegments)
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
                        text += Uri.EscapeDataString(id);
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
