using CaseWork.Domain.Common;
using CaseWork.Domain.Journal;

namespace CaseWork.Domain.Tests.Journal;

public class NoteObjectionTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static JournalNote Signed()
    {
        var note = JournalNote.Write(Guid.NewGuid(), "worker", JournalNoteKind.General, Today.AddDays(-3), "Sökanden uteblev från mötet.", Now.AddDays(-3), Today);
        note.Sign(Now.AddDays(-3));
        return note;
    }

    [Fact]
    public void AnObjection_IsAttachedToTheNote_AndLeavesItAsWritten()
    {
        var note = Signed();

        var objection = NoteObjection.Record(note, "  Jag var sjuk och ringde och meddelade det.  ", Today, "worker", Now, Today);

        (objection.NoteId, objection.ApplicantId).ShouldBe((note.Id, note.ApplicantId));
        objection.Text.ShouldBe("Jag var sjuk och ringde och meddelade det.");
        note.Text.ShouldBe("Sökanden uteblev från mötet.");
    }

    [Fact]
    public void ADraft_CannotBeObjectedTo_ItCanStillBeChanged()
    {
        var draft = JournalNote.Write(Guid.NewGuid(), "worker", JournalNoteKind.General, Today, "Utkast", Now, Today);

        Should.Throw<DomainException>(() => NoteObjection.Record(draft, "Fel", Today, "worker", Now, Today)).Message.ShouldBe(JournalRuleCodes.ObjectionNoteNotSigned);
    }

    [Theory]
    [InlineData(null, JournalRuleCodes.ObjectionTextMissing)]
    [InlineData("  ", JournalRuleCodes.ObjectionTextMissing)]
    public void AnObjection_NeedsAText(string? text, string rule) =>
        Should.Throw<DomainException>(() => NoteObjection.Record(Signed(), text, Today, "worker", Now, Today)).Message.ShouldBe(rule);

    [Fact]
    public void AnObjection_HasAMaximumLength() =>
        Should.Throw<DomainException>(() => NoteObjection.Record(Signed(), new string('x', NoteObjection.MaxTextLength + 1), Today, "worker", Now, Today))
            .Message.ShouldBe(JournalRuleCodes.ObjectionTextTooLong);

    [Fact]
    public void AnObjection_IsNotReceivedInTheFuture_NorBeforeTheNoteWasWritten()
    {
        Should.Throw<DomainException>(() => NoteObjection.Record(Signed(), "Fel", Today.AddDays(1), "worker", Now, Today)).Message.ShouldBe(JournalRuleCodes.ObjectionReceivedInFuture);
        Should.Throw<DomainException>(() => NoteObjection.Record(Signed(), "Fel", Today.AddDays(-10), "worker", Now, Today)).Message.ShouldBe(JournalRuleCodes.ObjectionReceivedBeforeNote);
    }

    [Fact]
    public void TheNotesDay_IsItsDayInSweden()
    {
        var writtenLateAtNight = new DateTimeOffset(2026, 11, 20, 23, 30, 0, TimeSpan.Zero); // 00:30 on the 21st in Sweden
        var note = JournalNote.Write(Guid.NewGuid(), "worker", JournalNoteKind.General, new DateOnly(2026, 11, 21), "Sökanden uteblev.", writtenLateAtNight, Today);
        note.Sign(writtenLateAtNight);

        NoteObjection.Record(note, "Fel", new DateOnly(2026, 11, 21), "worker", Now, Today).ReceivedOn.ShouldBe(new DateOnly(2026, 11, 21));
        Should.Throw<DomainException>(() => NoteObjection.Record(note, "Fel", new DateOnly(2026, 11, 20), "worker", Now, Today)).Message.ShouldBe(JournalRuleCodes.ObjectionReceivedBeforeNote);
    }
}
