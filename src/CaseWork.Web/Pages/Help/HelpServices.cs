using Microsoft.Extensions.FileProviders;

namespace CaseWork.Web.Pages.Help;

public static class HelpServices
{
    public static IServiceCollection AddHelp(this IServiceCollection services) => services.AddSingleton(_ => UserGuide.Load());

    /// <summary>The guide's screenshots, from the copy in the app's output (see <see cref="UserGuide"/>).</summary>
    public static void UseUserGuideImages(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(UserGuide.Directory, "images")),
            RequestPath = UserGuide.ImagesPath,
        });
}
