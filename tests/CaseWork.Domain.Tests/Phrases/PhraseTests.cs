using CaseWork.Domain.Common;
using CaseWork.Domain.Phrases;

namespace CaseWork.Domain.Tests.Phrases;

public class PhraseTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly PhraseKeeper Worker = new("worker-1", 7, IsUnitHead: false);
    private static readonly PhraseKeeper Colleague = new("worker-2", 7, IsUnitHead: false);
    private static readonly PhraseKeeper Head = new("head-1", 7, IsUnitHead: true);
    private static readonly PhraseKeeper OtherHead = new("head-2", 8, IsUnitHead: true);

    private static Phrase Own(string title = "Oförändrad", string text = "{namn} har deltagit enligt planen.") =>
        Phrase.OwnedBy(Worker, title, text, PhraseUse.DecisionMotivation, Now);

    [Fact]
    public void OwnedBy_KeepsTheWorkerAsOwnerInTheirUnit()
    {
        var phrase = Own("  Oförändrad  ", "  Text  ");

        phrase.OwnerId.ShouldBe("worker-1");
        phrase.UnitId.ShouldBe(7);
        phrase.IsUnitPhrase.ShouldBeFalse();
        phrase.Title.ShouldBe("Oförändrad");
        phrase.Text.ShouldBe("Text");
        phrase.UsageCount.ShouldBe(0);
        phrase.CreatedAt.ShouldBe(Now);
        phrase.ChangedAt.ShouldBe(Now);
    }

    [Fact]
    public void ForUnit_ByTheUnitHead_IsTheUnitsPhrase()
    {
        var phrase = Phrase.ForUnit(Head, "Trepart", "Samtal {datum}.", PhraseUse.TalkAssessment, Now);

        phrase.IsUnitPhrase.ShouldBeTrue();
        phrase.UnitId.ShouldBe(7);
        phrase.CreatedById.ShouldBe("head-1");
    }

    [Fact]
    public void ForUnit_ByAWorker_IsRefused() =>
        Should.Throw<DomainException>(() => Phrase.ForUnit(Worker, "T", "Text", PhraseUse.JournalNote, Now))
            .Message.ShouldBe(PhraseRuleCodes.UnitPhraseKeptByUnitHead);

    [Fact]
    public void Change_ByTheOwner_ChangesTextUseAndTime()
    {
        var phrase = Own();

        phrase.Change(Worker, "Ny titel", "Ny text", PhraseUse.JournalNote, Now.AddDays(1));

        phrase.Title.ShouldBe("Ny titel");
        phrase.Text.ShouldBe("Ny text");
        phrase.Use.ShouldBe(PhraseUse.JournalNote);
        phrase.ChangedAt.ShouldBe(Now.AddDays(1));
        phrase.CreatedAt.ShouldBe(Now);
    }

    [Fact]
    public void Change_OfAnotherWorkersPhrase_IsRefused_EvenForTheUnitHead()
    {
        var phrase = Own();

        Should.Throw<DomainException>(() => phrase.Change(Colleague, "X", "Y", PhraseUse.JournalNote, Now)).Message.ShouldBe(PhraseRuleCodes.OwnPhraseKeptByOwner);
        Should.Throw<DomainException>(() => phrase.Change(Head, "X", "Y", PhraseUse.JournalNote, Now)).Message.ShouldBe(PhraseRuleCodes.OwnPhraseKeptByOwner);
        phrase.Title.ShouldBe("Oförändrad");
    }

    [Fact]
    public void Change_OfTheUnitsPhrase_IsForItsUnitHeadAlone()
    {
        var phrase = Phrase.ForUnit(Head, "Trepart", "Samtal.", PhraseUse.TalkAssessment, Now);

        Should.Throw<DomainException>(() => phrase.Change(Worker, "X", "Y", PhraseUse.TalkAssessment, Now)).Message.ShouldBe(PhraseRuleCodes.UnitPhraseKeptByUnitHead);
        Should.Throw<DomainException>(() => phrase.EnsureKeptBy(OtherHead)).Message.ShouldBe(PhraseRuleCodes.UnitPhraseKeptByUnitHead);
        phrase.Change(Head, "Trepart 2", "Samtal igen.", PhraseUse.TalkAssessment, Now);
        phrase.Title.ShouldBe("Trepart 2");
    }

    [Theory]
    [InlineData(null, "Text", PhraseRuleCodes.TitleMissing)]
    [InlineData("  ", "Text", PhraseRuleCodes.TitleMissing)]
    [InlineData("Titel", null, PhraseRuleCodes.TextMissing)]
    [InlineData("Titel", " ", PhraseRuleCodes.TextMissing)]
    [InlineData("Ti\ntel", "Text", PhraseRuleCodes.TextNotTyped)]
    [InlineData("Titel", "Te\u202Ext", PhraseRuleCodes.TextNotTyped)]
    public void OwnedBy_WithoutTitleOrText_IsRefused(string? title, string? text, string code) =>
        Should.Throw<DomainException>(() => Phrase.OwnedBy(Worker, title, text, PhraseUse.JournalNote, Now)).Message.ShouldBe(code);

    [Fact]
    public void OwnedBy_WithTooLongTexts_IsRefused()
    {
        Should.Throw<DomainException>(() => Own(new string('a', Phrase.MaxTitleLength + 1))).Message.ShouldBe(PhraseRuleCodes.TitleTooLong);
        Should.Throw<DomainException>(() => Own(text: new string('a', Phrase.MaxTextLength + 1))).Message.ShouldBe(PhraseRuleCodes.TextTooLong);
        Own(new string('a', Phrase.MaxTitleLength), new string('a', Phrase.MaxTextLength)).Text.Length.ShouldBe(Phrase.MaxTextLength);
    }
}
