using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace CaseWork.Domain.Access;

/// <summary>
/// Time-based one-time passwords as authenticator apps make them (RFC 6238: HMAC-SHA1, 30-second steps, six digits),
/// and the rule for accepting one: a code of the current step or one step either side (clock drift), and only for a
/// step later than the last one that signed the person in (RFC 6238 §5.2: a code is used once).
/// </summary>
public static class AuthenticatorCode
{
    public const int StepSeconds = 30;

    /// <summary>How many steps either side of the current one are accepted, for a phone whose clock is a little off.</summary>
    public const int Window = 1;

    public static long StepAt(DateTimeOffset instant) => instant.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>The six-digit code for <paramref name="step"/>, as the app shows it.</summary>
    public static string For(byte[] key, long step)
    {
        ArgumentNullException.ThrowIfNull(key);
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        // RFC 6238 and every authenticator app use HMAC-SHA1; its weakness as a hash does not weaken it as an HMAC here.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var number = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff) % 1_000_000;
        return number.ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The step whose code <paramref name="code"/> is, if it is within the window around <paramref name="now"/> and later
    /// than <paramref name="lastUsedStep"/>; otherwise null. The caller records the step as used, atomically.
    /// </summary>
    public static long? AcceptedStep(byte[] key, string code, DateTimeOffset now, long? lastUsedStep)
    {
        ArgumentNullException.ThrowIfNull(key);
        var current = StepAt(now);
        for (var step = current - Window; step <= current + Window; step++)
        {
            if (step > (lastUsedStep ?? long.MinValue)
                && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(For(key, step)), System.Text.Encoding.ASCII.GetBytes(code ?? string.Empty)))
            {
                return step;
            }
        }

        return null;
    }

    /// <summary>The key as stored and shown (base32, RFC 4648, spaces and padding ignored) in bytes.</summary>
    public static byte[] KeyFromBase32(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>(clean.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException("Not a base32 key.");
            }

            buffer = (buffer << 5) | value;
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
