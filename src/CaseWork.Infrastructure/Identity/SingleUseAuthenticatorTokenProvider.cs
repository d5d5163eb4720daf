using Microsoft.AspNetCore.Identity;

namespace CaseWork.Infrastructure.Identity;

/// <summary>
/// Identity's authenticator check made strict: one time step either side of now (Identity's own accepts two, about
/// 2½ minutes), and each step once (RFC 6238 §5.2). The step is claimed in PostgreSQL with one conditional upsert, so two
/// sessions on any instances that send the same code race for it and only one wins.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(CaseWorkDbContext db, TimeProvider clock) : AuthenticatorTokenProvider<AppUser>
{
    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token is not { Length: 6 } || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        // The window only; whether the step is later than the last one used is decided by the database, atomically.
        var step = AuthenticatorCode.AcceptedStep(AuthenticatorCode.KeyFromBase32(key), token, clock.GetUtcNow(), lastUsedStep: null);
        if (step is null)
        {
            return false;
        }

        var claimed = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO used_authenticator_steps (user_id, step) VALUES ({user.Id}, {step.Value})
            ON CONFLICT (user_id) DO UPDATE SET step = excluded.step WHERE used_authenticator_steps.step < excluded.step
            """);
        return claimed == 1;
    }
}
