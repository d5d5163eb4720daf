using CaseWork.Domain.Common;

namespace CaseWork.Domain.Tests.Common;

public class TypedTextTests
{
    [Theory]
    [InlineData("Åsa Öberg-Nguyễn")]
    [InlineData("Ringde 08-123 45 67 – återkommer.")]
    [InlineData("Fatima 🙂")]
    [InlineData("")]
    public void IsAllowed_LettersDigitsSignsAndSpaces(string text) =>
        TypedText.IsAllowed(text, multiline: false).ShouldBeTrue();

    [Fact]
    public void IsAllowed_Null_IsNothingTyped() => TypedText.IsAllowed(null, multiline: false).ShouldBeTrue();

    [Theory]
    [InlineData("Anna\0")]
    [InlineData("Leila\u202Efdp.exe")]
    [InlineData("a\u2066b")]
    [InlineData("a\u200Fb")]
    [InlineData("a\u061Cb")]
    [InlineData("a\u0007b")]
    [InlineData("a\u007Fb")]
    public void IsAllowed_ControlAndBidiCharacters_AreRefusedEverywhere(string text)
    {
        TypedText.IsAllowed(text, multiline: false).ShouldBeFalse();
        TypedText.IsAllowed(text, multiline: true).ShouldBeFalse();
    }

    [Theory]
    [InlineData("rad ett\nrad två")]
    [InlineData("rad ett\r\nrad två")]
    [InlineData("kolumn\tkolumn")]
    public void LineBreaksAndTabs_OnlyInLongTexts(string text)
    {
        TypedText.IsAllowed(text, multiline: true).ShouldBeTrue();
        TypedText.IsAllowed(text, multiline: false).ShouldBeFalse();
    }

    [Fact]
    public void FirstRefused_GivesTheIndex() => TypedText.FirstRefused("ab\0c", multiline: true).ShouldBe(2);
}
