namespace CaseWork.Infrastructure.Seeding;

/// <summary>
/// A few standard texts in every unit (journal note, decision motivation, talk assessment), kept by the unit head
/// where the unit has one, and a couple of each demo social worker's own, so that the phrase picker is not empty.
/// </summary>
public sealed class PhraseDemoSeeder(CaseWorkDbContext db, TimeProvider clock)
{
    private static readonly (string Title, string Text, PhraseUse Use)[] UnitPhrases =
    [
        ("Telefonkontakt", "Telefonkontakt med {namn} {datum}. {namn} deltar i {program} enligt planen.", PhraseUse.JournalNote),
        ("Uppföljning av planen", "Arbetsplanen gäller {planperiod}. Nästa uppföljning är {uppföljning}.", PhraseUse.JournalNote),
        ("Utebliven närvaro", "{namn} har inte deltagit i {program} enligt arbetsplanen under {månad} utan giltigt skäl. Biståndet reduceras därför.", PhraseUse.DecisionMotivation),
        ("Sjukskriven", "{namn} har varit sjukskriven under {månad} och har därför inte kunnat delta i {program}. Biståndet beviljas.", PhraseUse.DecisionMotivation),
        ("Positiv utveckling", "{namn} tar ansvar för sin planering och har kommit närmare arbete. Planen fortsätter som överenskommet.", PhraseUse.TalkAssessment),
        ("Behov av revidering", "Målen i planen behöver ses över; {namn} och coachen föreslår nya delmål inför nästa uppföljning {uppföljning}.", PhraseUse.TalkAssessment),
    ];

    private static readonly (string Title, string Text, PhraseUse Use)[] OwnPhrases =
    [
        ("Mitt besök", "Besök av {namn} {datum}. Vi gick igenom arbetsplanen och {program}.", PhraseUse.JournalNote),
        ("Mina anteckningar om samtalet", "Samtalet hölls i god stämning; {namn} fick själv beskriva läget.", PhraseUse.TalkAssessment),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Phrases.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var people = await db.Users.AsNoTracking()
            .Where(u => u.UnitId != null)
            .Select(u => new { u.Id, u.UserName, UnitId = u.UnitId!.Value })
            .ToListAsync(cancellationToken);
        var heads = DemoDataSeeder.Logins.Where(l => l.Role == Roles.UnitHead).Select(l => l.UserName).ToHashSet();
        var workers = DemoDataSeeder.Logins.Where(l => l.Role == Roles.SocialWorker).Select(l => l.UserName).ToHashSet();
        foreach (var unitId in await db.Units.AsNoTracking().Select(u => u.Id).ToListAsync(cancellationToken))
        {
            // The unit head keeps the unit's phrases; a unit without one in the demo gets them as its head would write them.
            var keeperId = people.FirstOrDefault(p => p.UnitId == unitId && heads.Contains(p.UserName!))?.Id ?? "demo";
            var keeper = new PhraseKeeper(keeperId, unitId, IsUnitHead: true);
            db.Phrases.AddRange(UnitPhrases.Select(p => Phrase.ForUnit(keeper, p.Title, p.Text, p.Use, now)));
        }

        foreach (var worker in people.Where(p => workers.Contains(p.UserName!)))
        {
            var keeper = new PhraseKeeper(worker.Id, worker.UnitId, IsUnitHead: false);
            db.Phrases.AddRange(OwnPhrases.Select(p => Phrase.OwnedBy(keeper, p.Title, p.Text, p.Use, now)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
