using Microsoft.AspNetCore.Mvc.Filters;

namespace CaseWork.Web.Access;

/// <summary>
/// Every page whose route names an applicant ({applicantId}) passes here before any handler runs, GET or POST:
/// an applicant outside the user's scope answers 404 and leaves an audit row.
/// </summary>
public sealed class ApplicantScopeFilter(CaseWorkDbContext db, AuditLog audit) : IAsyncPageFilter
{
    public const string RouteKey = "applicantId";

    /// <summary>Whether the applicant exists within the user's scope (the context's query filter decides).</summary>
    public static Task<bool> InScopeAsync(CaseWorkDbContext db, Guid applicantId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Applicants.AnyAsync(a => a.Id == applicantId, cancellationToken);
    }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.RouteData.Values.TryGetValue(RouteKey, out var raw) && raw is not null)
        {
            var cancellationToken = context.HttpContext.RequestAborted;
            if (!Guid.TryParse(raw.ToString(), out var applicantId)
                || !await InScopeAsync(db, applicantId, cancellationToken))
            {
                var exists = applicantId != Guid.Empty
                    && await db.Applicants.IgnoreQueryFilters().AnyAsync(a => a.Id == applicantId, cancellationToken);
                var request = context.HttpContext.Request;
                await audit.WriteAsync(
                    AuditAction.AccessDenied,
                    applicantId == Guid.Empty ? null : applicantId,
                    $"{request.Method} {request.Path} ({(exists ? "outside scope" : "no such applicant")})",
                    cancellationToken);
                context.Result = new NotFoundResult();
                return;
            }
        }

        await next();
    }
}
