using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing.Patterns;

namespace CaseWork.Web.Access;

/// <summary>
/// Every bound property and handler parameter whose name is a parameter of the page's route ({applicantId},
/// {planId}, ...) binds from the route and nothing else, on every method: a form or query field of the same name is
/// ignored, so the scope check (<see cref="ApplicantScopeFilter"/>) and the handler read the same id. Applies to
/// every page, including pages added later.
/// </summary>
public sealed class RouteIdsFromRouteOnly : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var template = model.ActionDescriptor.AttributeRouteInfo?.Template;
        if (string.IsNullOrEmpty(template))
        {
            return;
        }

        var routeNames = RoutePatternFactory.Parse(template).Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (routeNames.Count == 0)
        {
            return;
        }

        foreach (var property in model.HandlerProperties)
        {
            if (property.BindingInfo is { } info && routeNames.Contains(info.BinderModelName ?? property.PropertyName))
            {
                FromRoute(info);
            }
        }

        foreach (var parameter in model.HandlerMethods.SelectMany(h => h.Parameters))
        {
            if (routeNames.Contains(parameter.BindingInfo?.BinderModelName ?? parameter.ParameterName))
            {
                parameter.BindingInfo ??= new BindingInfo();
                FromRoute(parameter.BindingInfo);
            }
        }
    }

    private static void FromRoute(BindingInfo info)
    {
        info.BindingSource = BindingSource.Path;
        // The id is part of the address: it is read on GET as on POST.
        info.RequestPredicate = null;
    }
}
