using CaseWork.Domain.Phrases;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Phrases;

public static class PhraseArrangements
{
    /// <summary>A worker's own phrase, for the tests that walk every route with an id of each kind.</summary>
    public static async Task<Guid> AddOwnPhraseAsync(this AppFixture app, string userId, int unitId)
    {
        var phrase = Phrase.OwnedBy(new PhraseKeeper(userId, unitId, IsUnitHead: false), "Fras", "Text {namn}.", PhraseUse.JournalNote, AppTime.UtcNow);
        await using var db = app.NewDbContext();
        db.Phrases.Add(phrase);
        await db.SaveChangesAsync();
        return phrase.Id;
    }
}
