using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;

namespace CaseWork.Web.Access;

/// <summary>
/// Whether a user passes a page's own authorization (the policy its PageModel declares, ADR 0014), read from the
/// page's endpoint: a list offers a link only where the page will open, with no
/// second copy of who may open what. Checks made inside a handler (a review's own gate) are the page's to make.
/// </summary>
public sealed class PageAccess(
    EndpointDataSource endpoints, PageLoader loader, IAuthorizationPolicyProvider policies, IAuthorizationService authorization)
{
    private readonly Dictionary<string, bool> _decided = new(StringComparer.Ordinal);

    /// <param name="page">The page as Url.Page names it, e.g. "/FollowUps/MonthlyCheck".</param>
    public async Task<bool> MayOpenAsync(ClaimsPrincipal user, string page)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (_decided.TryGetValue(page, out var known))
        {
            return known;
        }

        var endpoint = endpoints.Endpoints.FirstOrDefault(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath == page)
            ?? throw new InvalidOperationException($"No page {page}.");
        var compiled = await loader.LoadAsync(endpoint.Metadata.GetMetadata<PageActionDescriptor>()!, endpoint.Metadata);
        var metadata = compiled.Endpoint?.Metadata ?? endpoint.Metadata;
        var allowed = true;
        if (metadata.GetMetadata<IAllowAnonymous>() is null)
        {
            var policy = await AuthorizationPolicy.CombineAsync(policies, metadata.GetOrderedMetadata<IAuthorizeData>(), metadata.GetOrderedMetadata<AuthorizationPolicy>())
                ?? await policies.GetFallbackPolicyAsync();
            allowed = policy is null || (await authorization.AuthorizeAsync(user, policy)).Succeeded;
        }

        _decided[page] = allowed;
        return allowed;
    }
}
