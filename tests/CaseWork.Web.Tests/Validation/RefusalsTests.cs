using CaseWork.Domain.Common;
using CaseWork.Web.Validation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CaseWork.Web.Tests.Validation;

public class RefusalsTests
{
    [Fact]
    public void AddRefusal_FieldTheFormHolds_PutsTheTranslatedCodeBesideIt()
    {
        var page = new FormPage();
        page.AddRefusal(new DomainException("note.text-missing"), new Texts(), code => "Input.Text");
        page.ModelState["Input.Text"]!.Errors.Single().ErrorMessage.ShouldBe("[note.text-missing]");
    }

    [Fact]
    public void AddRefusal_RowOfAList_IsAFieldTheFormHolds()
    {
        var page = new FormPage();
        page.AddRefusal(new DomainException("row.owner-missing"), new Texts(), _ => "Input.Rows[2].Owner");
        page.ModelState["Input.Rows[2].Owner"]!.Errors.ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("Input.Goal")]
    [InlineData("Missing")]
    [InlineData("")]
    public void AddRefusal_FieldOfAnotherFormOrNone_GoesToTheSummary(string field)
    {
        var page = new FormPage();
        page.AddRefusal(new DomainException("plan.no-goal"), new Texts(), _ => field);
        page.ModelState[string.Empty]!.Errors.Single().ErrorMessage.ShouldBe("[plan.no-goal]");
        page.ModelState.ErrorCount.ShouldBe(1);
    }

    [Fact]
    public void AddRefusal_Arguments_AreFormattedIntoTheMessage()
    {
        var page = new FormPage();
        page.AddRefusal(new DomainException("review.cases-undecided"), new Texts(), arguments: 3);
        page.ModelState[string.Empty]!.Errors.Single().ErrorMessage.ShouldBe("[review.cases-undecided 3]");
    }

    [Fact]
    public void AddOnce_SecondMessageForAField_IsLeftOut()
    {
        var page = new FormPage();
        page.ModelState.AddOnce("Input.Text", "first");
        page.ModelState.AddOnce("Input.Text", "second");
        page.ModelState["Input.Text"]!.Errors.Single().ErrorMessage.ShouldBe("first");
    }

    [Fact]
    public void DomainAccepts_ACallThatMakesSomething_HandsItOver_AndAddsNothing()
    {
        var page = new FormPage();
        page.DomainAccepts(() => "made", new Texts(), _ => "Input.Text", out var made).ShouldBeTrue();
        made.ShouldBe("made");
        page.ModelState.ErrorCount.ShouldBe(0);
    }

    [Fact]
    public void DomainAccepts_ARefusal_AnswersFalse_AndPutsItBesideItsField()
    {
        var page = new FormPage();
        page.DomainAccepts<string>(() => throw new DomainException("note.text-missing"), new Texts(), _ => "Input.Text", out _).ShouldBeFalse();
        page.DomainAccepts(() => throw new DomainException("plan.no-goal"), new Texts()).ShouldBeFalse();
        page.ModelState["Input.Text"]!.Errors.Single().ErrorMessage.ShouldBe("[note.text-missing]");
        page.ModelState[string.Empty]!.Errors.Single().ErrorMessage.ShouldBe("[plan.no-goal]");
    }

    private sealed class FormPage : PageModel
    {
        public FormInput Input { get; set; } = new();
    }

    private sealed class FormInput
    {
        public string? Text { get; set; }

        public List<FormRow> Rows { get; set; } = [];
    }

    private sealed class FormRow
    {
        public string? Owner { get; set; }
    }

    private sealed class Texts : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, $"[{name}]");

        public LocalizedString this[string name, params object[] arguments] =>
            new(name, arguments.Length == 0 ? $"[{name}]" : $"[{name} {string.Join(' ', arguments)}]");

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
