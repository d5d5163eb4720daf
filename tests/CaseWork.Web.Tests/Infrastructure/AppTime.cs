using CaseWork.Domain.Calendar;

namespace CaseWork.Web.Tests.Infrastructure;

/// <summary>Now and today as the application reads them: in Sweden, whatever zone the test machine runs in.</summary>
internal static class AppTime
{
    public static DateTime Now => SwedishTime.Clock.GetLocalNow().DateTime;

    public static DateOnly Today => SwedishTime.Clock.Today();
}
