using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;

namespace CaseWork.Web.Startup;

/// <summary>
/// Limits sign-in attempts per user name and per client address, on top of Identity's lockout (five failures lock an
/// account for 15 minutes). The per-name limit slows guessing at one account without locking it; the per-address
/// limit slows trying many names from one place, and is wider because a whole office may share one address.
/// </summary>
public static class LoginRateLimiting
{
    public const string Section = "LoginRateLimit";

    // The password, then the second step: a code from the authenticator app or a recovery code.
    private static readonly string[] LoginPaths = ["/Account/Login", "/Account/LoginWithCode", "/Account/LoginWithRecoveryCode"];

    public static void AddLoginRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(Section).Get<LoginRateLimitOptions>() ?? new();
        services.AddRateLimiter(options =>
        {
            // The status-code page then explains it in the user's language (StatusCode.cshtml).
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LoginRateLimiting))
                    .LogWarning("Sign-in attempt refused by the rate limit");
                return ValueTask.CompletedTask;
            };
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(c => Partition(c, "address", c.Connection.RemoteIpAddress?.ToString() ?? "unknown", limits.PerAddressPerMinute)),
                PartitionedRateLimiter.Create<HttpContext, string>(c => Partition(c, "user", UserNameOf(c), limits.PerUserNamePerMinute)));
        });
    }

    public static IApplicationBuilder UseLoginRateLimiting(this IApplicationBuilder app)
    {
        // The limiter chooses a partition synchronously, so the form with the user name is read before it.
        app.Use(async (context, next) =>
        {
            if (IsLoginAttempt(context) && context.Request.HasFormContentType)
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }

            await next(context);
        });
        return app.UseRateLimiter();
    }

    private static bool IsLoginAttempt(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && LoginPaths.Any(p => context.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase));

    private static string? UserNameOf(HttpContext context) =>
        context.Features.Get<IFormFeature>()?.Form?["Input.UserName"].ToString().Trim().ToUpperInvariant() is { Length: > 0 } name ? name : null;

    private static RateLimitPartition<string> Partition(HttpContext context, string kind, string? key, int perMinute) =>
        !IsLoginAttempt(context) || key is null
            ? RateLimitPartition.GetNoLimiter(string.Empty)
            : RateLimitPartition.GetSlidingWindowLimiter(kind + ":" + key, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = perMinute,
                Window = TimeSpan.FromMinutes(1),
                SegmentsPerWindow = 6,
                QueueLimit = 0,
            });
}

public sealed class LoginRateLimitOptions
{
    public int PerUserNamePerMinute { get; set; } = 10;

    public int PerAddressPerMinute { get; set; } = 60;
}
