namespace CaseWork.Web.Access;

public static class Policies
{
    /// <summary>Reads case files within the scope: social workers and unit heads placed in a unit, managers placed in a district.</summary>
    public const string ReadCases = nameof(ReadCases);

    /// <summary>Changes case files within the unit: social workers and unit heads placed in a unit.</summary>
    public const string WriteCases = nameof(WriteCases);

    /// <summary>Writes work plans and basic investigations: the unit's social workers.</summary>
    public const string WritePlans = nameof(WritePlans);

    /// <summary>A Jobbtorg coach placed at a Jobbtorg: their participants' referrals, nothing of the case file.</summary>
    public const string Coach = nameof(Coach);

    /// <summary>Any signed-in user: their own account, the start page. The same as the fallback policy, declared so a page says it.</summary>
    public const string SignedIn = nameof(SignedIn);

    public const string Administer = nameof(Administer);

    /// <summary>Indicator dashboards: managers for their district, unit heads for their unit. Figures only, never edits.</summary>
    public const string ViewIndicators = nameof(ViewIndicators);

    /// <summary>The access-log check: unit heads for their unit, log checkers for their district.</summary>
    public const string CheckAccessLog = nameof(CheckAccessLog);

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        // The same AccessScope that filters every query decides the page policies, so a role without a place sees nothing.
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(ReadCases, p => p.RequireAssertion(c => HttpCurrentUser.ScopeOf(c.User).SeesCases));
        options.AddPolicy(WriteCases, p => p.RequireAssertion(c => HttpCurrentUser.ScopeOf(c.User).CanWriteCases));
        options.AddPolicy(WritePlans, p => p.RequireAssertion(c => HttpCurrentUser.ScopeOf(c.User).CanWritePlans));
        options.AddPolicy(Coach, p => p.RequireAssertion(c => HttpCurrentUser.ScopeOf(c.User).IsCoach));
        options.AddPolicy(Administer, p => p.RequireRole(Roles.Administrator));
        options.AddPolicy(CheckAccessLog, p => p.RequireAssertion(c => Oversight.AccessLogOf(c.User) is not null));
        options.AddPolicy(ViewIndicators, p => p.RequireAssertion(c => Oversight.IndicatorsOf(c.User) is not null));
    }
}
