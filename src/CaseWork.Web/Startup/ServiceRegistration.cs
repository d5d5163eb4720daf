using Microsoft.AspNetCore.Mvc.ApplicationModels;
using CaseWork.Infrastructure;
using CaseWork.Infrastructure.Access;
using CaseWork.Web.Indicators;
using CaseWork.Web.Pages.AccessLog;
using CaseWork.Web.Pages.Accessibility;
using CaseWork.Web.Pages.Admin.Users;
using CaseWork.Web.Pages.Applicants;
using CaseWork.Web.Pages.Due;
using CaseWork.Web.Pages.Help;
using CaseWork.Web.Pages.Jobbtorg;
using CaseWork.Web.Pages.CaseReviews;
using CaseWork.Web.Pages.WorkPlans;
using CaseWork.Web.Retention;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;
using Serilog.Formatting.Compact;

namespace CaseWork.Web.Startup;

public static class ServiceRegistration
{
    public static void AddCaseWork(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        RefuseMovedClockOutsideTests(builder);

        builder.Host.UseSerilog((context, provider, configuration) =>
        {
            // ReadFrom.Services adds any ILogEventSink registered in DI (the tests use one to read the log).
            configuration.ReadFrom.Configuration(context.Configuration).ReadFrom.Services(provider).Enrich.FromLogContext();
            if (context.HostingEnvironment.IsProduction())
            {
                configuration.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                configuration.WriteTo.Console();
            }
        });

        services.AddCaseWorkPersistence();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();

        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<CaseWorkDbContext>()
            .AddDefaultTokenProviders()
            // Replaces Identity's authenticator check: each code once, one step either side (RFC 6238 §5.2).
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddClaimsPrincipalFactory<CaseWorkClaimsFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();
        // The stamp is checked on every request (a new password or a deactivation ends every other session at its
        // next request); the claims, such as a changed role or unit, are rebuilt once a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, SessionStampValidator>());
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = HostCookies.Auth;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            // The lifetime and the idle end are the server's (ServerSessions.cs, section "Sessions").
            options.SlidingExpiration = true;
            options.MakeRedirectsRelative();
        });
        services.AddServerSessions(builder.Configuration);
        services.AddHostCookies();
        services.AddSharedKeys();
        services.AddLoginRateLimiting(builder.Configuration);
        services.AddTransportSecurity(builder.Configuration);
        services.AddAuthorization(Policies.Add);

        // Write å, ä, ö as themselves rather than as numeric entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<Microsoft.AspNetCore.Builder.RequestLocalizationOptions>(Cultures.Configure);
        services.AddRazorPages(options =>
            {
                options.Conventions.Add(new RouteIdsFromRouteOnly());
                // The journal editor's second address, for a correction (AddPageRoute would stop links to the first).
                // Tried first when a link is made, so a link naming the note corrected puts it in the path.
                options.Conventions.AddPageRouteModelConvention("/Journal/Write", model => model.Selectors.Add(new SelectorModel
                {
                    AttributeRouteModel = new AttributeRouteModel { Template = Pages.Journal.WriteModel.CorrectionRoute, Order = -1 },
                }));
            })
            .AddMvcOptions(options =>
            {
                options.Filters.AddService<ApplicantScopeFilter>();
                // After the scope check: a POST that no handler of the page takes is 405 on every page.
                options.Filters.Add<UnmatchedHandlerFilter>();

                // After the scope check: the read's purpose, or the page asking for a reason first (aktivt val).
                options.Filters.AddService<ReadPurposeFilter>();
                options.Filters.AddService<Submissions.SubmissionKeyFilter>();
                // Every text bound from a form, query string or route is held to one rule (Validation/TypedTextBinding.cs).
                options.ModelBinderProviders.Insert(0, new Validation.TypedTextModelBinderProvider());
            })
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddScoped<ApplicantScopeFilter>();
        services.AddScoped<ReadPurposeFilter>();
        services.AddScoped<CaseReadFacts>();
        services.AddScoped<PageAccess>();
        services.AddScoped<Submissions.SubmissionKeyFilter>();
        services.AddApplicants();
        services.AddWorkPlans(builder.Configuration);
        services.AddDueList();
        services.AddCaseReviews();
        services.AddJobbtorg();
        services.AddIndicators(builder.Configuration);
        services.AddAccessLog();
        services.AddHelp();
        services.Configure<AccessibilityOptions>(builder.Configuration.GetSection(AccessibilityOptions.Section));
        services.AddRetention(builder.Configuration);
        services.AddUserAdministration();
        services.AddValidatorsFromAssemblyContaining<SharedResource>(ServiceLifetime.Scoped);
        services.AddHealthChecks().AddDbContextCheck<CaseWorkDbContext>("database", tags: ["ready"]);
    }

    /// <summary>
    /// A clock moved by scripts/test-dates would date every record wrongly; it is for test runs only (Development,
    /// Testing, or a test host of another environment, which scripts/test marks with CASEWORK_TEST_CONNECTION).
    /// </summary>
    private static void RefuseMovedClockOutsideTests(WebApplicationBuilder builder)
    {
        var (environment, configuration) = (builder.Environment, builder.Configuration);
        var testRun = environment.IsDevelopment() || environment.IsEnvironment("Testing") || configuration["CASEWORK_TEST_CONNECTION"] is not null;
        if (SwedishTime.ClockIsMoved && !testRun)
        {
            throw new InvalidOperationException($"{SwedishTime.TestTodayVariable} moves the clock for test runs only; unset it in {environment.EnvironmentName}.");
        }
    }
}
