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

    public const string DemoPassword = "CaseWork-demo-1";
}
