using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace CaseWork.Web.Validation;

/// <summary>
/// The one place where every text a person sends is held to <see cref="TypedText"/>: each string bound from a form, a
/// query string or a route, on every page, whether or not the page has a validator. A refused text is an error by its
/// field (and so in the error summary); the field is redrawn with what was typed, and the page's property stays empty,
/// so that no handler, search or save ever sees it. Long texts (<c>[DataType(DataType.MultilineText)]</c>) may hold
/// line breaks and tabs.
/// </summary>
public sealed class TypedTextModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Metadata.ModelType != typeof(string))
        {
            return null;
        }

        var inner = new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>());
        return new TypedTextModelBinder(inner, multiline: context.Metadata.DataTypeName == nameof(System.ComponentModel.DataAnnotations.DataType.MultilineText));
    }
}

public sealed class TypedTextModelBinder(IModelBinder inner, bool multiline) : IModelBinder
{
    public const string RefusedCode = "text.control-character";

    /// <summary>
    /// True when a text of this request was refused. A handler that redraws a form with fresh state (clearing the model
    /// state) must not: the refused field would come back empty, its text silently dropped.
    /// </summary>
    public static bool RefusedAny(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Items.ContainsKey(RefusedCode);
    }

    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        await inner.BindModelAsync(bindingContext);
        if (bindingContext.Result.IsModelSet && bindingContext.Result.Model is string text && !TypedText.IsAllowed(text, multiline))
        {
            var localizer = bindingContext.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, localizer[RefusedCode]);
            bindingContext.HttpContext.Items[RefusedCode] = true;
            // An element of a list is bound as empty rather than failed: a failed element ends the list, and every
            // element after it would be lost from the redrawn form.
            bindingContext.Result = bindingContext.ModelMetadata.MetadataKind == ModelMetadataKind.Type
                ? ModelBindingResult.Success(null)
                : ModelBindingResult.Failed();
        }
    }
}
