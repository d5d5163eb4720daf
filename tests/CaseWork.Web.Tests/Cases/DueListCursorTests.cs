using CaseWork.Domain.Due;
using CaseWork.Web.Cases;

namespace CaseWork.Web.Tests.Cases;

public class DueListCursorTests
{
    private static readonly Guid Applicant = Guid.NewGuid();
    private static readonly DateOnly Day = new(2026, 12, 7);

    [Fact]
    public void TwoReviewActionsOfOneApplicantOnOneDay_AreTold_Apart()
    {
        var first = new DueItem(Applicant, DueKind.ReviewAction, Day, ActionId: Guid.CreateVersion7());
        var second = new DueItem(Applicant, DueKind.ReviewAction, Day, ActionId: Guid.CreateVersion7());
        var ordered = new[] { first, second }.OrderBy(i => i.ActionId).ToArray();

        var cursor = DueListCursor.Decode(new DueListCursor(Day, Applicant, DueKind.ReviewAction, ordered[0].ActionId).Encode())!;

        cursor.ActionId.ShouldBe(ordered[0].ActionId);
        DueListCursor.Compare(ordered[0], cursor).ShouldBe(0);
        DueListCursor.Compare(ordered[1], cursor).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void ACursorWithoutAction_StillReads_AndComesBeforeTheDaysActions()
    {
        var cursor = DueListCursor.Decode(new DueListCursor(Day, Applicant, DueKind.PlanFollowUp).Encode())!;

        cursor.ShouldBe(new DueListCursor(Day, Applicant, DueKind.PlanFollowUp));
        DueListCursor.Compare(new DueItem(Applicant, DueKind.ReviewAction, Day, ActionId: Guid.NewGuid()), cursor).ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("20261207.notaguid.1")]
    [InlineData("20261207.0123456789abcdef0123456789abcdef.7.notaguid")]
    [InlineData("20261207.0123456789abcdef0123456789abcdef.99")]
    public void AMangledCursor_IsIgnored(string value) => DueListCursor.Decode(value).ShouldBeNull();
}
