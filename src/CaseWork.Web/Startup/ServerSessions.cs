using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CaseWork.Web.Startup;

/// <summary>
/// Sessions are held in PostgreSQL, shared by every instance: the auth cookie carries only a random key, and the
/// ticket lives in <c>user_sessions</c>, encrypted with the shared Data Protection keys. Signing out deletes the row,
/// so a copy of the cookie opens nothing afterwards. A session also ends after <see cref="ServerSessionOptions.IdleTimeout"/>
/// without a request and <see cref="ServerSessionOptions.AbsoluteLifetime"/> after sign-in, however active, both read
/// from the row on each request (no extra query).
/// </summary>
public sealed class ServerSessionStore(
    IDataProtectionProvider protection,
    TimeProvider clock,
    IServiceScopeFactory scopes,
    IOptions<ServerSessionOptions> options,
    ILogger<ServerSessionStore> logger) : ITicketStore
{
    private static readonly TimeSpan LastSeenPrecision = TimeSpan.FromMinutes(1);

    private readonly IDataProtector _protector = protection.CreateProtector("CaseWork.ServerSessions");

    // The last ticket this instance read for each session, used only while the database does not answer: the request
    // then goes on to the page that offers to send again, instead of signing the user out and losing what they sent.
    private readonly ConcurrentDictionary<string, AuthenticationTicket> _lastRead = new();

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, null, CancellationToken.None);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        var userId = ticket.Principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? string.Empty;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseWorkDbContext>();
        db.UserSessions.Add(new UserSession
        {
            Key = key,
            UserId = userId,
            Ticket = Protect(ticket),
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now + options.Value.AbsoluteLifetime,
            Where = Where(httpContext),
        });
        await db.SaveChangesAsync(cancellationToken);

        // Each sign-in also clears the sessions of anyone that have ended unread (closed browsers), so the table
        // holds only live sessions without a job of its own.
        var idleSince = now - options.Value.IdleTimeout;
        var startedBefore = now - options.Value.AbsoluteLifetime;
        await db.UserSessions.Where(s => s.ExpiresAt <= now || s.LastSeenAt <= idleSince || s.CreatedAt <= startedBefore)
            .ExecuteDeleteAsync(cancellationToken);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, null, CancellationToken.None);

    public async Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var bytes = Protect(ticket);
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseWorkDbContext>();
        await db.UserSessions.Where(s => s.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, bytes).SetProperty(x => x.LastSeenAt, now), cancellationToken);
        _lastRead[key] = ticket;
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, null, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CaseWorkDbContext>();
            var session = await db.UserSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Key == key, cancellationToken);
            if (session is null || HasEnded(session, now))
            {
                _lastRead.TryRemove(key, out _);
                if (session is not null)
                {
                    await db.UserSessions.Where(s => s.Key == key).ExecuteDeleteAsync(cancellationToken);
                }

                // The browser forgets the key of a session that has ended (signed out elsewhere, idle, too old).
                httpContext?.Response.Cookies.Delete(HostCookies.Auth, new CookieOptions { Path = "/", Secure = true, HttpOnly = true, SameSite = SameSiteMode.Strict });
                return null;
            }

            if (now - session.LastSeenAt > LastSeenPrecision)
            {
                await db.UserSessions.Where(s => s.Key == key).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), cancellationToken);
            }

            var ticket = Unprotect(session.Ticket);
            if (ticket is not null)
            {
                _lastRead[key] = ticket;
                httpContext?.Items[SessionKeyItem] = key;
            }

            return ticket;
        }
        catch (Exception ex) when (DatabaseOutage.IsCause(ex))
        {
            logger.LogWarning(ex, "Session not checked: the database is not answering");
            return _lastRead.TryGetValue(key, out var known) ? known : null;
        }
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, null, CancellationToken.None);

    public async Task RemoveAsync(string key, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        _lastRead.TryRemove(key, out _);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseWorkDbContext>();
        await db.UserSessions.Where(s => s.Key == key).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The user's sessions that have not ended, the latest active first.</summary>
    public async Task<IReadOnlyList<UserSession>> LiveSessionsOfAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseWorkDbContext>();
        var sessions = await db.UserSessions.AsNoTracking().Where(s => s.UserId == userId).OrderByDescending(s => s.LastSeenAt).ToListAsync(cancellationToken);
        return sessions.Where(s => !HasEnded(s, now)).ToList();
    }

    /// <summary>
    /// Ends those of the user's sessions whose key <paramref name="which"/> picks, on every instance at their next
    /// request; returns how many. Only the user's own rows are read, so no one ends a session that is not theirs.
    /// </summary>
    public async Task<int> EndSessionsAsync(string userId, Func<string, bool> which, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(which);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseWorkDbContext>();
        var keys = (await db.UserSessions.Where(s => s.UserId == userId).Select(s => s.Key).ToListAsync(cancellationToken)).Where(which).ToList();
        if (keys.Count == 0)
        {
            return 0;
        }

        foreach (var key in keys)
        {
            _lastRead.TryRemove(key, out _);
        }

        return await db.UserSessions.Where(s => s.UserId == userId && keys.Contains(s.Key)).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>How a session is named in pages and URLs: a hash of its key, which is the cookie's secret and never shown.</summary>
    public static string PublicId(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexString(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(key)))[..20].ToLowerInvariant();
    }

    /// <summary>Idle too long, or older than a working day; last-seen is written at most once a minute, so the idle end may come up to a minute early.</summary>
    private bool HasEnded(UserSession session, DateTimeOffset now) =>
        now >= session.ExpiresAt
        || now - session.LastSeenAt >= options.Value.IdleTimeout
        || now - session.CreatedAt >= options.Value.AbsoluteLifetime;

    /// <summary>The key of the request's own session, set when the session is read.</summary>
    public const string SessionKeyItem = "CaseWork.SessionKey";

    private byte[] Protect(AuthenticationTicket ticket) => _protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private AuthenticationTicket? Unprotect(byte[] bytes)
    {
        try
        {
            return TicketSerializer.Default.Deserialize(_protector.Unprotect(bytes));
        }
        catch (CryptographicException ex)
        {
            logger.LogWarning(ex, "A stored session could not be decrypted");
            return null;
        }
    }

    private static string Where(HttpContext? context)
    {
        if (context is null)
        {
            return string.Empty;
        }

        var agent = context.Request.Headers.UserAgent.ToString();
        var browser = agent.Contains("Edg/", StringComparison.Ordinal) ? "Edge"
            : agent.Contains("Firefox/", StringComparison.Ordinal) ? "Firefox"
            : agent.Contains("Chrome/", StringComparison.Ordinal) ? "Chrome"
            : agent.Contains("Safari/", StringComparison.Ordinal) ? "Safari"
            : agent.Length == 0 ? "?" : agent[..Math.Min(40, agent.Length)];
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "?";
        return $"{browser}, {address}";
    }
}

/// <summary>How long a session lasts (section <c>Sessions</c> in appsettings).</summary>
public sealed class ServerSessionOptions
{
    public const string Section = "Sessions";

    /// <summary>Without a request for this long, the session ends.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after sign-in, however active: a working day.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(10);

    /// <summary>How long before the idle end the page warns and offers to keep working.</summary>
    public TimeSpan WarningBefore { get; set; } = TimeSpan.FromMinutes(5);
}

public static class ServerSessions
{
    public static void AddServerSessions(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ServerSessionOptions>(configuration.GetSection(ServerSessionOptions.Section));
        services.AddSingleton<ServerSessionStore>();
        services.AddOptions<CookieAuthenticationOptions>(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme)
            .Configure<ServerSessionStore, IOptions<ServerSessionOptions>>((options, store, sessions) =>
            {
                options.SessionStore = store;
                // The server decides when a session ends; the ticket's own expiry only has to outlast it.
                options.ExpireTimeSpan = sessions.Value.AbsoluteLifetime;
            });
    }
}
