using CaseWork.Domain.Access;
using Microsoft.AspNetCore.Authorization;

namespace CaseWork.Web.Access;

public static class Policies
{
    /// <summary>Reads case files within the scope: social workers, unit heads, managers.</summary>
    public const string ReadCases = nameof(ReadCases);

    /// <summary>Changes case files within the unit: social workers and unit heads.</summary>
    public const string WriteCases = nameof(WriteCases);

    public const string Administer = nameof(Administer);

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(ReadCases, p => p.RequireRole(Roles.SocialWorker, Roles.UnitHead, Roles.Manager));
        options.AddPolicy(WriteCases, p => p.RequireRole(Roles.SocialWorker, Roles.UnitHead));
        options.AddPolicy(Administer, p => p.RequireRole(Roles.Administrator));
    }
}
