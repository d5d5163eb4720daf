using Microsoft.AspNetCore.Localization;

namespace CaseWork.Web.Localization;

public static class Cultures
{
    public const string Swedish = "sv-SE";
    public const string English = "en-GB";

    public static IReadOnlyList<CultureInfo> Supported { get; } = [new(Swedish), new(English)];

    public static void Configure(RequestLocalizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.DefaultRequestCulture = new RequestCulture(Swedish);
        options.SupportedCultures = [.. Supported];
        options.SupportedUICultures = [.. Supported];
        // Swedish unless the user switched: the browser's language does not decide.
        options.RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = Startup.HostCookies.Culture }];
    }
}
