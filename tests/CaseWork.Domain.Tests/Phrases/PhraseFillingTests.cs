using CaseWork.Domain.Phrases;
using CaseWork.Domain.Referrals;

namespace CaseWork.Domain.Tests.Phrases;

public class PhraseFillingTests
{
    private static readonly PhraseCase Case = new(
        Name: "Åsa Lindqvist",
        Month: new DateOnly(2026, 12, 1),
        Program: "Jobbtorg Stockholm",
        Date: new DateOnly(2026, 12, 7),
        PlanFrom: new DateOnly(2026, 9, 1),
        PlanTo: new DateOnly(2027, 2, 28),
        NextFollowUp: new DateOnly(2027, 1, 5));

    [Fact]
    public void Fill_PutsTheCaseInEveryKnownPlaceholder() =>
        PhraseFilling.Fill("{namn} deltar i {program} under {månad}; samtal {datum}, plan {planperiod}, nästa uppföljning {uppföljning}.", Case)
            .ShouldBe("Åsa Lindqvist deltar i Jobbtorg Stockholm under december 2026; samtal 2026-12-07, plan 2026-09-01–2027-02-28, nästa uppföljning 2027-01-05.");

    [Fact]
    public void Fill_MatchesPlaceholdersWithoutRegardToCase() =>
        PhraseFilling.Fill("{Namn} i {MÅNAD}", Case).ShouldBe("Åsa Lindqvist i december 2026");

    [Fact]
    public void Fill_LeavesAnUnknownPlaceholderVisible() =>
        PhraseFilling.Fill("Hej {namn}, {handläggare} hör av sig.", Case).ShouldBe("Hej Åsa Lindqvist, {handläggare} hör av sig.");

    [Fact]
    public void Fill_LeavesAPlaceholderTheCaseHasNoValueForVisible() =>
        PhraseFilling.Fill("Planen gäller {planperiod}; nästa uppföljning {uppföljning}; {program}.", new PhraseCase("A B", null, " ", null))
            .ShouldBe("Planen gäller {planperiod}; nästa uppföljning {uppföljning}; {program}.");

    [Theory]
    [InlineData("Inga platshållare här.")]
    [InlineData("En ensam { klammer")]
    [InlineData("En ensam } klammer")]
    [InlineData("{}")]
    [InlineData("")]
    public void Fill_KeepsTextWithoutPlaceholdersAsWritten(string text) =>
        PhraseFilling.Fill(text, Case).ShouldBe(text);

    [Fact]
    public void Fill_KeepsALoneBraceBeforeAPlaceholder() =>
        PhraseFilling.Fill("a { b {namn}", Case).ShouldBe("a { b Åsa Lindqvist");

    [Fact]
    public void Fill_DoesNotFillWhatAValueBringsWithIt() =>
        PhraseFilling.Fill("{namn}", Case with { Name = "{program}" }).ShouldBe("{program}");

    [Theory]
    [InlineData(null, "Fras", "Fras")]
    [InlineData("", "Fras", "Fras")]
    [InlineData("Skrivet", "Fras", "Skrivet\nFras")]
    [InlineData("Skrivet\n", "Fras", "Skrivet\nFras")]
    public void AppendTo_KeepsEverythingTypedAndAddsThePhraseAfter(string? typed, string filled, string expected) =>
        PhraseFilling.AppendTo(typed, filled).ShouldBe(expected);

    [Theory]
    [InlineData(ReferralProgram.Jobbtorg, "deltar i Jobbtorg Stockholm")]
    [InlineData(ReferralProgram.Resurs, "deltar i Jobbtorg Resurs")]
    public void Fill_NamesTheJobbtorgProgrammeInSwedish(ReferralProgram program, string expected) =>
        PhraseFilling.Fill("deltar i {program}", Case with { Program = PhraseCase.ProgramName(program) }).ShouldBe(expected);

    [Fact]
    public void Fill_WritesThePlanPeriodAndFollowUpAsSwedishDates_WhateverTheThreadsCulture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("en-US");
        try
        {
            PhraseFilling.Fill("{planperiod}, {uppföljning}, {månad}", Case).ShouldBe("2026-09-01–2027-02-28, 2027-01-05, december 2026");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}
