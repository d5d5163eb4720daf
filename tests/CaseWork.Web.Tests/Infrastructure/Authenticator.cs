using System.Buffers.Binary;
using System.Security.Cryptography;
using Npgsql;

namespace CaseWork.Web.Tests.Infrastructure;

/// <summary>What a person's authenticator app does: the RFC 6238 code (HMAC-SHA1, 30 s, 6 digits) for their key.</summary>
public static class Authenticator
{
    public static string Code(string base32Key, DateTimeOffset? at = null)
    {
        ArgumentNullException.ThrowIfNull(base32Key);
        var step = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / 30;
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        // RFC 6238 and every authenticator app use HMAC-SHA1; its weakness as a hash does not weaken it as an HMAC here.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var number = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff) % 1_000_000;
        return number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
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

    public static async Task<string> CurrentCodeOfAsync(string userName) =>
        Code(await KeyOfAsync(userName) ?? throw new InvalidOperationException($"{userName} has no authenticator key"));

    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
