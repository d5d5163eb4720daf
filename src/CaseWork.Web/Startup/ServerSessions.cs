using System.Collections.Concurrent;
using System.Security.Cryptography;
using CaseWork.Infrastructure.Identity;
using CaseWork.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Startup;

/// <summary>
/// Sessions are held in PostgreSQL, shared by every instance: the auth cookie carries only a random key, and the
/// ticket lives in <c>user_sessions</c>, encrypted with the shared Data Protection keys. Signing out deletes the row,
/// so a copy of the cookie opens nothing afterwards.
/// </summary>
public sealed class ServerSessionStore(IDataProtectionProvider protection, TimeProvider clock, IServiceScopeFactory scopes, ILogger<ServerSessionStore> logger) : ITicketStore
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
            ExpiresAt = ticket.Properties.ExpiresUtc ?? now + TimeSpan.FromHours(10),
            Where = Where(httpContext),
        });
        await db.SaveChangesAsync(cancellationToken);
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
            if (session is null || now >= session.ExpiresAt)
            {
                _lastRead.TryRemove(key, out _);
                if (session is not null)
                {
                    await db.UserSessions.Where(s => s.Key == key).ExecuteDeleteAsync(cancellationToken);
                }

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

public static class ServerSessions
{
    public static void AddServerSessions(this IServiceCollection services)
    {
        services.AddSingleton<ServerSessionStore>();
        services.AddOptions<CookieAuthenticationOptions>(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme)
            .Configure<ServerSessionStore>((options, store) => options.SessionStore = store);
    }
}
