using CaseWork.Web.Exports;

namespace CaseWork.Web.Tests.Exports;

/// <summary>A table like the dashboard's: Swedish names, percentages with one decimal, counts, dates and a gap.</summary>
internal static class ExportSamples
{
    public static ExportTable Indicator2 { get; } = new(
        "Indikator 2: långvariga, andel av vuxna mottagare",
        [new ExportColumn("Stadsdel"), new ExportColumn("Andel (%)", Decimals: 1), new ExportColumn("Mål (%)", Decimals: 1), new ExportColumn("Vuxna"), new ExportColumn("Per")],
        [
            ["Spånga-Tensta", 65.9m, 66m, 1337, new DateOnly(2026, 4, 30)],
            ["Hägersten-Liljeholmen", 48.25m, null, 912, new DateOnly(2026, 4, 30)],
            ["Älvsjö", -1.5m, 40m, 0, new DateOnly(2026, 8, 31)],
        ])
    {
        Subtitle = "Siffrorna gäller per 2026-12-07 10:15.",
        SheetName = "2 Långvariga av mottagare",
    };
}
