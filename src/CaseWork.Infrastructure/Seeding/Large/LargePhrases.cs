using CaseWork.Domain.Phrases;

namespace CaseWork.Infrastructure.Seeding.Large;

/// <summary>
/// A phrase bank of a unit that has used CaseWork for years: many unit phrases for each text and a handful of each
/// worker's own, so that the phrase picker's query is measured against a bank of realistic size, not the demo's six.
/// </summary>
internal static class LargePhrases
{
    public const string TitlePrefix = "Standardtext";

    private const int UnitPhrasesPerUse = 40;

    private const int OwnPhrasesPerWorker = 8;

    private static readonly PhraseUse[] Uses = Enum.GetValues<PhraseUse>();

    public static async Task<int> SeedAsync(CaseWorkDbContext db, LargeSeedSetting setting, CancellationToken cancellationToken)
    {
        if (await db.Phrases.IgnoreQueryFilters().AnyAsync(p => p.Title.StartsWith(TitlePrefix), cancellationToken))
        {
            return 0;
        }

        var phrases = new List<Phrase>();
        foreach (var unit in setting.Districts.SelectMany(d => d.Units))
        {
            var head = new PhraseKeeper(LargeSeedSetting.NobodyId, unit.Id, IsUnitHead: true);
            phrases.AddRange(Uses.SelectMany(use => Enumerable.Range(1, UnitPhrasesPerUse)
                .Select(n => Phrase.ForUnit(head, $"{TitlePrefix} {n:D2}", Text(use, n), use, setting.Now))));
            foreach (var worker in unit.Workers)
            {
                var own = new PhraseKeeper(worker.Id, unit.Id, IsUnitHead: false);
                phrases.AddRange(Enumerable.Range(1, OwnPhrasesPerWorker)
                    .Select(n => Phrase.OwnedBy(own, $"{TitlePrefix} egen {n}", Text(Uses[n % Uses.Length], n), Uses[n % Uses.Length], setting.Now)));
            }
        }

        db.Phrases.AddRange(phrases);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return phrases.Count;
    }

    private static string Text(PhraseUse use, int n) => use switch
    {
        PhraseUse.JournalNote => $"Kontakt med {{namn}} {{datum}} ({n}). {{namn}} deltar i {{program}}; planen gäller {{planperiod}}.",
        PhraseUse.DecisionMotivation => $"{{namn}} har under {{månad}} inte följt arbetsplanen ({n}). Biståndet bedöms enligt riktlinjerna.",
        _ => $"{{namn}} har tagit steg mot arbete ({n}); nästa uppföljning är {{uppföljning}}.",
    };
}
