using System.Net;
using System.Text.RegularExpressions;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Account;

/// <summary>What a person does on the two-step verification page, for tests that need it done.</summary>
public static partial class TwoFactorTestSteps
{
    public const string Page = "/Account/TwoFactor";

    /// <summary>Opens the set-up (which makes the key), types the app's current code and returns the recovery codes shown.</summary>
    public static async Task<IReadOnlyList<string>> SetUpAuthenticatorAsync(this HttpSession session, string userName)
    {
        ArgumentNullException.ThrowIfNull(session);
        var fields = await session.FormFieldsAsync(Page, []);
        fields["Input.Code"] = await Authenticator.CurrentCodeOfAsync(userName);
        var response = await session.PostAsync(Page + "?handler=Enable", fields);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return RecoveryCodesIn(await response.TextAsync());
    }

    /// <summary>A code that is not the app's code for any time step Identity accepts (it allows some clock drift either side).</summary>
    public static async Task<string> WrongCodeForAsync(string userName)
    {
        var key = (await Authenticator.KeyOfAsync(userName))!;
        var accepted = Enumerable.Range(-3, 7).Select(s => Authenticator.Code(key, AppTime.UtcNow.AddSeconds(30 * s))).ToHashSet();
        return Enumerable.Range(123456, 100).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).First(c => !accepted.Contains(c));
    }

    public static IReadOnlyList<string> RecoveryCodesIn(string html) =>
        RecoveryCodePattern().Matches(html).Select(m => m.Groups[1].Value.Trim()).ToList();

    [GeneratedRegex("class=\"col recovery-code\">([^<]+)<")]
    private static partial Regex RecoveryCodePattern();
}
