using CaseWork.Domain.Common;
using CaseWork.Domain.Journal;

namespace CaseWork.Domain.Tests.Journal;

public class JournalNoteTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static JournalNote Note(string text = "Trepartssamtal med jobbcoach: praktik på förskola planeras.") =>
        JournalNote.Write(Guid.NewGuid(), "worker-1", JournalNoteKind.ThreePartyTalk, Today.AddDays(-2), text, Now, Today);

    [Fact]
    public void Sign_MakesTheNoteUnchangeable()
    {
        var note = Note();

        note.Sign(Now);

        note.IsSigned.ShouldBeTrue();
        Should.Throw<DomainException>(() => note.Change(Today, "Ändrad text", Today)).Message.ShouldBe(JournalRuleCodes.AlreadySigned);
        Should.Throw<DomainException>(() => note.Sign(Now)).Message.ShouldBe(JournalRuleCodes.AlreadySigned);
    }

    [Fact]
    public void Change_BeforeSigning_IsAllowed()
    {
        var note = Note();

        note.Change(Today, "  Rättad före signering  ", Today);

        note.Text.ShouldBe("Rättad före signering");
        note.EventDate.ShouldBe(Today);
    }

    [Fact]
    public void CorrectionOf_ASignedNote_PointsAtItAndLeavesItAsWritten()
    {
        var original = Note();
        original.Sign(Now);

        var correction = JournalNote.CorrectionOf(original, "worker-2", "Rättelse: praktiken gäller fritidshem, inte förskola.", Now, Today);

        correction.CorrectsNoteId.ShouldBe(original.Id);
        correction.ApplicantId.ShouldBe(original.ApplicantId);
        correction.Kind.ShouldBe(original.Kind);
        correction.IsSigned.ShouldBeFalse();
        original.Text.ShouldStartWith("Trepartssamtal med jobbcoach");
    }

    [Fact]
    public void CorrectionOf_AnUnsignedNote_Throws() =>
        Should.Throw<DomainException>(() => JournalNote.CorrectionOf(Note(), "w", "Rättelse", Now, Today)).Message.ShouldBe(JournalRuleCodes.CorrectsUnsignedNote);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Write_WithoutText_Throws(string text) =>
        Should.Throw<DomainException>(() => Note(text)).Message.ShouldBe(JournalRuleCodes.TextMissing);

    [Fact]
    public void Write_OverlongText_Throws() =>
        Should.Throw<DomainException>(() => Note(new string('x', JournalNote.MaxTextLength + 1))).Message.ShouldBe(JournalRuleCodes.TextTooLong);

    [Fact]
    public void Write_EventInTheFuture_Throws() =>
        Should.Throw<DomainException>(() => JournalNote.Write(Guid.NewGuid(), "w", JournalNoteKind.General, Today.AddDays(1), "Text", Now, Today))
            .Message.ShouldBe(JournalRuleCodes.EventInFuture);
}
