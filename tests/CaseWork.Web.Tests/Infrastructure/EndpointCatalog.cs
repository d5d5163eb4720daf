using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

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
            pages.Add(new PageEndpoint(endpoint.RoutePattern, handlers.Distinct().ToList()));
        }

        return pages;
    }
}

public sealed record PageHandler(string? Name, string Method);

public sealed record PageEndpoint(RoutePattern Pattern, IReadOnlyList<PageHandler> Handlers)
{
    public string Template => Pattern.RawText ?? string.Empty;

    public IReadOnlyList<string> RouteNames => Pattern.Parameters.Select(p => p.Name).ToList();

    public bool HasRouteIds => Pattern.Parameters.Count > 0;

    /// <summary>The page's path with its route parameters filled from <paramref name="ids"/>; null when one is missing.</summary>
    public string? PathWith(IReadOnlyDictionary<string, string> ids)
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
                    case RoutePatternParameterPart parameter when ids.TryGetValue(parameter.Name, out var id):
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
