namespace CaseWork.Web.Tests.Security;

/// <summary>What every response, and every response a signed-in user gets, must carry.</summary>
internal static class SecurityAssertions
{
    public static void ShouldCarrySecurityHeaders(this HttpResponseMessage response, string what)
    {
        ArgumentNullException.ThrowIfNull(response);
        var policy = Header(response, "Content-Security-Policy");
        policy.ShouldNotBeNull($"{what}: no Content-Security-Policy");
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        directives.ShouldContain("script-src 'self'", $"{what}: {policy}");
        directives.ShouldContain("style-src 'self'", $"{what}: {policy}");
        directives.ShouldContain("frame-ancestors 'none'", $"{what}: {policy}");
        directives.ShouldContain("object-src 'none'", $"{what}: {policy}");
        policy.ShouldNotContain("unsafe-inline", Case.Sensitive, $"{what}: {policy}");
        policy.ShouldNotContain("unsafe-eval", Case.Sensitive, $"{what}: {policy}");
        Header(response, "X-Content-Type-Options").ShouldBe("nosniff", $"{what}: X-Content-Type-Options");
        Header(response, "Referrer-Policy").ShouldBeOneOf(["no-referrer", "same-origin"], $"{what}: Referrer-Policy");
        Header(response, "X-Frame-Options").ShouldBe("DENY", $"{what}: X-Frame-Options");
    }

    public static void ShouldNotBeStored(this HttpResponseMessage response, string what)
    {
        ArgumentNullException.ThrowIfNull(response);
        (response.Headers.CacheControl?.NoStore ?? false).ShouldBeTrue($"{what}: Cache-Control is '{response.Headers.CacheControl}'");
    }

    /// <summary>Every cookie set is a <c>__Host-</c> cookie: Secure, Path=/, no Domain, HttpOnly, SameSite Lax or Strict.</summary>
    public static void ShouldSetOnlyHostCookies(this HttpResponseMessage response, string what)
    {
        ArgumentNullException.ThrowIfNull(response);
        foreach (var cookie in SetCookies(response))
        {
            var parts = cookie.Split(';', StringSplitOptions.TrimEntries).Select(p => p.ToLowerInvariant()).ToList();
            cookie.ShouldStartWith("__Host-", Case.Sensitive, $"{what} sets {cookie}");
            parts.ShouldContain("secure", $"{what} sets {cookie}");
            parts.ShouldContain("path=/", $"{what} sets {cookie}");
            parts.ShouldContain("httponly", $"{what} sets {cookie}");
            parts.ShouldNotContain(p => p.StartsWith("domain=", StringComparison.Ordinal), $"{what} sets {cookie}");
            parts.ShouldContain(p => p == "samesite=lax" || p == "samesite=strict", $"{what} sets {cookie}");
        }
    }

    public static IReadOnlyList<string> SetCookies(this HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. values] : [];

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
