using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CaseWork.Web.Validation;

/// <summary>
/// Reads a posted form as it was typed, so that <see cref="TypedTextModelBinderProvider"/> can refuse a control
/// character by its field. ASP.NET Core's own form reader throws on a NUL (and other control characters) in a value;
/// antiforgery then finds no token and the whole form ends as a bare 400 with everything typed lost. Read here
/// instead, with the same limits, the form reaches the page, the text field is refused with its message, and the
/// rest of the form is redrawn as it was.
/// </summary>
public static class TypedForms
{
    public static IApplicationBuilder UseTypedForms(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (IsUrlEncodedForm(request) && context.Features.Get<IFormFeature>() is not { Form: not null })
        {
            var options = context.RequestServices.GetRequiredService<IOptions<FormOptions>>().Value;
            using var reader = new FormReader(request.Body, Encoding.UTF8)
            {
                ValueCountLimit = options.ValueCountLimit,
                KeyLengthLimit = options.KeyLengthLimit,
                ValueLengthLimit = options.ValueLengthLimit,
            };
            try
            {
                var fields = await reader.ReadFormAsync(context.RequestAborted);
                context.Features.Set<IFormFeature>(new FormFeature(new FormCollection(fields)));
            }
            catch (InvalidDataException)
            {
                // Over the form limits: a request no page of CaseWork sends, refused as the framework would.
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }
        }

        await next(context);
    });

    private static bool IsUrlEncodedForm(HttpRequest request) =>
        request.ContentLength != 0
        && MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
}
