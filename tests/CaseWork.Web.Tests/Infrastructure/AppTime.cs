using CaseWork.Domain.Calendar;

namespace CaseWork.Web.Tests.Infrastructure;

/// <summary>Now and today as the application reads them: in Sweden, whatever zone the test machine runs in.</summary>
internal static class AppTime
{
    /// <summary>The instant on the application's clock (moved by scripts/test-dates, as the app's is).</summary>
    public static DateTimeOffset UtcNow => SwedishTime.Clock.GetUtcNow();

    public static DateTime Now => SwedishTime.Clock.GetLocalNow().DateTime;

    public static DateOnly Today => SwedishTime.Clock.Today();
}
