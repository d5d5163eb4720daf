using System.Text;
using QRCoder;

namespace CaseWork.Web.Pages.Account;

/// <summary>How an authenticator key is shown to a person setting up their app: typed by hand, or scanned.</summary>
public static class AuthenticatorKey
{
    public const string Issuer = "CaseWork";

    /// <summary>The key in groups of four, easier to type into an app.</summary>
    public static string Grouped(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var grouped = new StringBuilder();
        for (var at = 0; at < key.Length; at += 4)
        {
            grouped.Append(grouped.Length == 0 ? string.Empty : " ").Append(key.AsSpan(at, Math.Min(4, key.Length - at)));
        }

        return grouped.ToString();
    }

    /// <summary>The key-uri format that authenticator apps read from a QR code.</summary>
    public static string Uri(string userName, string key) =>
        $"otpauth://totp/{Issuer}:{System.Uri.EscapeDataString(userName)}?secret={key}&issuer={Issuer}";

    /// <summary>The URI as a QR code in a PNG data URI; the content security policy allows images from data: only.</summary>
    public static string QrCodeDataUri(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }

    /// <summary>What a person typed, without the spaces and dashes that apps show inside a code.</summary>
    public static string Normalise(string? code) =>
        new((code ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
}
