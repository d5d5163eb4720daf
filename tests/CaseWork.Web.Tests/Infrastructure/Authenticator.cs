using CaseWork.Domain.Access;
using Npgsql;

namespace CaseWork.Web.Tests.Infrastructure;

/// <summary>
/// What a person's authenticator app does: the RFC 6238 code for their key (the computation is the app's own
/// <see cref="AuthenticatorCode"/>, checked against the RFC's test vectors in the domain tests).
/// </summary>
public static class Authenticator
{
    public static string Code(string base32Key, DateTimeOffset? at = null)
    {
        ArgumentNullException.ThrowIfNull(base32Key);
        return AuthenticatorCode.For(AuthenticatorCode.KeyFromBase32(base32Key), AuthenticatorCode.StepAt(at ?? AppTime.UtcNow));
    }

    /// <summary>The user's authenticator key as the app stores it (null before set-up), read straight from the test database.</summary>
    public static async Task<string?> KeyOfAsync(string userName)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT t.value FROM "AspNetUserTokens" t JOIN "AspNetUsers" u ON u.id = t.user_id
            WHERE u.normalized_user_name = upper(@name) AND t.login_provider = '[AspNetUserStore]' AND t.name = 'AuthenticatorKey'
            """, connection);
        command.Parameters.AddWithValue("name", userName);
        return await command.ExecuteScalarAsync() as string;
    }

    /// <summary>The last time step that signed the user in, which the app refuses from then on (null if none yet).</summary>
    public static async Task<long?> LastUsedStepOfAsync(string userName)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT s.step FROM used_authenticator_steps s JOIN "AspNetUsers" u ON u.id = s.user_id
            WHERE u.normalized_user_name = upper(@name)
            """, connection);
        command.Parameters.AddWithValue("name", userName);
        return await command.ExecuteScalarAsync() as long?;
    }

    /// <summary>
    /// A code the app accepts now: each code signs in once, and the app accepts one step either side of now, so a test
    /// that signs the same person in again takes the code of the next step not yet used, as a person would wait for
    /// the app's next code (and waits for it when the window is used up).
    /// </summary>
    public static async Task<string> CurrentCodeOfAsync(string userName)
    {
        var key = await KeyOfAsync(userName) ?? throw new InvalidOperationException($"{userName} has no authenticator key");
        var last = await LastUsedStepOfAsync(userName);
        while (true)
        {
            var now = AppTime.UtcNow;
            var current = AuthenticatorCode.StepAt(now);
            // The earliest step in the window, kept a few seconds clear of its end so that it is still accepted on arrival.
            var earliest = now.ToUnixTimeSeconds() % AuthenticatorCode.StepSeconds < AuthenticatorCode.StepSeconds - 5 ? current - 1 : current;
            var step = Math.Max(earliest, (last ?? long.MinValue) + 1);
            if (step <= current + AuthenticatorCode.Window)
            {
                return AuthenticatorCode.For(AuthenticatorCode.KeyFromBase32(key), step);
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }
}
