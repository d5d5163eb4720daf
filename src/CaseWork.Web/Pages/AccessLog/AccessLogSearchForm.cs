using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CaseWork.Web.Pages.AccessLog;

/// <summary>
/// The search fields as typed, checked: a period of at most a year, both ends as YYYY-MM-DD, a personnummer in any
/// accepted form, a kind from the list. Problems go into ModelState under the fields' names.
/// </summary>
public sealed record AccessLogSearchForm(string? From, string? To, string? Applicant, AccessKind? Kind)
{
    public const int MaxDays = 366;

    public static (string From, string To) LastMonth(DateOnly today)
    {
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return (FormValues.Format(lastMonth), FormValues.Format(lastMonth.AddMonths(1).AddDays(-1)));
    }

    public Checked? Check(DateOnly today, ModelStateDictionary modelState, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(localizer);
        var from = ParseDay(From, nameof(From), localizer["Enter the first day as YYYY-MM-DD."], modelState);
        var to = ParseDay(To, nameof(To), localizer["Enter the last day as YYYY-MM-DD."], modelState);
        if (from is { } f && to is { } t)
        {
            if (t < f)
            {
                modelState.AddModelError(nameof(To), localizer["The period must end on or after its first day."]);
            }
            else if (t.DayNumber - f.DayNumber >= MaxDays)
            {
                modelState.AddModelError(nameof(To), localizer["A search covers at most one year."]);
            }
        }

        string? digits = null;
        if (!string.IsNullOrWhiteSpace(Applicant))
        {
            var error = PersonalIdentityNumber.TryParse(Applicant, today, out var pin);
            if (error == PersonalIdentityNumberError.None)
            {
                digits = pin!.Digits;
            }
            else
            {
                modelState.AddModelError(nameof(Applicant), PersonalIdentityNumberMessages.For(error, localizer));
            }
        }

        if (Kind is { } kind && !Enum.IsDefined(kind))
        {
            modelState.AddModelError(nameof(Kind), localizer["Choose a kind of access from the list."]);
        }

        return modelState.IsValid ? new Checked(from!.Value, to!.Value, digits) : null;
    }

    private static DateOnly? ParseDay(string? text, string field, string message, ModelStateDictionary modelState)
    {
        if (FormValues.Date(text) is { } day)
        {
            return day;
        }

        modelState.AddModelError(field, message);
        return null;
    }

    public sealed record Checked(DateOnly From, DateOnly To, string? Digits);
}
