using CaseWork.Web.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Validation;

public class FormSaveTests
{
    [Fact]
    public async Task SaveFormAsync_Saved_LeavesTheStatusMessageAndGoesOn()
    {
        var page = NewPage();
        var next = new RedirectResult("/next");

        var result = await page.SaveFormAsync(() => Task.CompletedTask, "Sparat", () => next, "conflict", _ => throw new InvalidOperationException());

        result.ShouldBeSameAs(next);
        page.TempData[FormSave.StatusMessageKey].ShouldBe("Sparat");
        page.ModelState.IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task SaveFormAsync_ColleagueSavedFirst_ShowsTheConflictAndRedraws()
    {
        var page = NewPage();
        var redrawn = new PageResult();
        DbUpdateConcurrencyException? seen = null;

        var result = await page.SaveFormAsync(
            () => throw new DbUpdateConcurrencyException("stale"),
            () => throw new InvalidOperationException("no status message on a conflict"),
            () => throw new InvalidOperationException("no redirect on a conflict"),
            "A colleague saved first.",
            ex => { seen = ex; return Task.FromResult<IActionResult>(redrawn); });

        result.ShouldBeSameAs(redrawn);
        seen.ShouldNotBeNull();
        page.ModelState[string.Empty]!.Errors.Single().ErrorMessage.ShouldBe("A colleague saved first.");
        page.TempData.ContainsKey(FormSave.StatusMessageKey).ShouldBeFalse();
    }

    [Fact]
    public async Task SaveFormAsync_RedrawWritesItsOwnMessage_AddsNone()
    {
        var page = NewPage();

        await page.SaveFormAsync(() => throw new DbUpdateConcurrencyException(), "Sparat", () => new RedirectResult("/"), conflict: null, page.Redraw());

        page.ModelState.ErrorCount.ShouldBe(0);
    }

    [Fact]
    public async Task SaveFormAsync_OtherDatabaseErrors_AreNotCaught()
    {
        var page = NewPage();

        await Should.ThrowAsync<DbUpdateException>(() => page.SaveFormAsync(
            () => throw new DbUpdateException("unique"), "Sparat", () => new RedirectResult("/"), "conflict", page.Redraw()));
    }

    [Fact]
    public async Task SaveFormAsync_WithoutAToken_Saved_LeavesTheStatusMessageAndGoesOn()
    {
        var page = NewPage();
        var next = new RedirectResult("/next");
        var saved = false;

        var result = await page.SaveFormAsync(() => { saved = true; return Task.CompletedTask; }, "Sparat", () => next);

        saved.ShouldBeTrue();
        result.ShouldBeSameAs(next);
        page.TempData[FormSave.StatusMessageKey].ShouldBe("Sparat");
    }

    [Fact]
    public async Task SaveFormAsync_WithoutAToken_ARefusedSave_LeavesNoMessage_AndIsTheCallers()
    {
        var page = NewPage();

        await Should.ThrowAsync<DbUpdateException>(() => page.SaveFormAsync(
            () => throw new DbUpdateException("unique"), "Sparat", () => throw new InvalidOperationException("no redirect on a refused save")));

        page.TempData.ContainsKey(FormSave.StatusMessageKey).ShouldBeFalse();
    }

    [Fact]
    public void WithStatusMessage_LeavesTheMessage_AndReturnsWhereToGo()
    {
        var page = NewPage();
        var next = new RedirectResult("/next");

        page.WithStatusMessage("Klart", next).ShouldBeSameAs(next);
        page.TempData[FormSave.StatusMessageKey].ShouldBe("Klart");
    }

    private static FormPage NewPage() => new() { TempData = new TempDataDictionary(new DefaultHttpContext(), new NoStore()) };

    private sealed class FormPage : PageModel;

    private sealed class NoStore : ITempDataProvider
    {
        public IDictionary<string, object> LoadTempData(HttpContext context) => new Dictionary<string, object>();

        public void SaveTempData(HttpContext context, IDictionary<string, object> values)
        {
        }
    }
}
