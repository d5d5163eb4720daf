namespace CaseWork.Infrastructure.Seeding;

/// <summary>The city's five districts of the source reports, each with its unit for financial aid.</summary>
public static class DemoOrganisation
{
    public const string SpangaTensta = "Spånga-Tensta";
    public const string HagerstenLiljeholmen = "Hägersten-Liljeholmen";

    public static IReadOnlyList<(string District, string Code, string[] Places)> Districts { get; } =
    [
        (HagerstenLiljeholmen, "hl", ["Hägersten", "Liljeholmen", "Fruängen", "Västertorp"]),
        (SpangaTensta, "st", ["Spånga", "Tensta", "Hjulsta", "Solhem"]),
        ("Skärholmen", "sk", ["Skärholmen", "Bredäng", "Sätra", "Vårberg"]),
        ("Rinkeby-Kista", "rk", ["Rinkeby", "Kista", "Husby", "Akalla"]),
        ("Älvsjö", "al", ["Älvsjö", "Solberga", "Herrängen", "Långbro"]),
    ];

    public static string UnitName(string district) => $"Ekonomiskt bistånd {district}";

    public const string JobbtorgKista = "Jobbtorg Kista";
    public const string JobbtorgSkarholmen = "Jobbtorg Skärholmen";

    /// <summary>The Jobbtorg that takes a district's referrals (north-west to Kista, south to Skärholmen).</summary>
    public static string JobCentreFor(string district) =>
        district is SpangaTensta or "Rinkeby-Kista" ? JobbtorgKista : JobbtorgSkarholmen;

    /// <summary>Jobbtorg Resurs places per district: the city's 400 are allotted over all fourteen districts.</summary>
    public static IReadOnlyDictionary<string, int> ResursPlaces { get; } = new Dictionary<string, int>
    {
        [HagerstenLiljeholmen] = 18,
        [SpangaTensta] = 50,
        ["Skärholmen"] = 30,
        ["Rinkeby-Kista"] = 45,
        ["Älvsjö"] = 12,
    };

    public const string DemoPassword = "CaseWork-demo-1";

    /// <summary>
    /// The authenticator key of the demo logins whose role requires two-step verification (README, demo logins), so a
    /// developer can add it to an authenticator app once. Demo data is seeded in Development and tests only.
    /// </summary>
    public const string DemoAuthenticatorKey = "JBSWY3DPEHPK3PXPCASEWORKDEMOKEYA";
}
