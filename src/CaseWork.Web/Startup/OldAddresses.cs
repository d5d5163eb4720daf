using Microsoft.AspNetCore.Rewrite;

namespace CaseWork.Web.Startup;

/// <summary>
/// The addresses renamed to the feature's one name (ADR 0017) answer for one release with a permanent redirect to the
/// new address, query kept, so bookmarks and links in sent mail still work. One rule per old prefix, before routing,
/// instead of a second route on every page.
/// </summary>
public static class OldAddresses
{
    private const string Guid = "[0-9a-fA-F-]{36}";

    public static IApplicationBuilder UseOldAddressRedirects(this IApplicationBuilder app) =>
        app.UseRewriter(new RewriteOptions()
            .AddRedirect($"(?i)^Applicants/({Guid})/Plans(/.*)?$", "Applicants/$1/WorkPlans$2", StatusCodes.Status308PermanentRedirect)
            .AddRedirect("(?i)^Reviews(/.*)?$", "CaseReviews$1", StatusCodes.Status308PermanentRedirect)
            .AddRedirect("(?i)^Dashboard(/.*)?$", "Indicators$1", StatusCodes.Status308PermanentRedirect)
            .AddRedirect("(?i)^Admin/Targets(/.*)?$", "Admin/IndicatorTargets$1", StatusCodes.Status308PermanentRedirect));
}
