using Microsoft.AspNetCore.Mvc.Filters;

namespace CaseWork.Web.Access;

/// <summary>
/// Aktivt val, on every page whose route names an applicant, after <see cref="ApplicantScopeFilter"/> let the
/// request through: the read gets its purpose (<see cref="ReadRule"/>) before any handler runs, GET or POST. A
/// reader with no task behind the read and no reason stated in the last hour is sent to state one first; the
/// access log then records the purpose, and the reason, with every entry naming the applicant.
/// </summary>
public sealed class ReadPurposeFilter(CaseReadFacts facts, ReadPurposes purposes) : IAsyncPageFilter
{
    /// <summary>The page that asks for the reason; it decides for itself.</summary>
    public const string ReasonPage = "/Applicants/Reason";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.ActionDescriptor.ViewEnginePath != ReasonPage
            && context.RouteData.Values.TryGetValue(ApplicantScopeFilter.RouteKey, out var raw)
            && Guid.TryParse(raw?.ToString(), out var applicantId))
        {
            var decision = await facts.DecideAsync(context.HttpContext, applicantId);
            if (decision is { NeedsReason: true })
            {
                var request = context.HttpContext.Request;
                // A form sent without a reason is not saved; the reader comes back to the page they were on.
                var back = HttpMethods.IsGet(request.Method) ? request.Path + request.QueryString : request.Path.ToString();
                context.Result = new RedirectToPageResult(ReasonPage, new { applicantId, returnUrl = back });
                return;
            }

            if (decision is not null)
            {
                purposes.Set(applicantId, decision);
            }
        }

        await next();
    }
}
