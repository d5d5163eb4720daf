using CaseWork.Domain.AccessLog;
using CaseWork.Domain.Common;

namespace CaseWork.Domain.Tests.AccessLog;

public class LogCheckTests
{
    private static readonly CheckedBy Head = new("head-1", "Eva Lind");
    private static readonly DateOnly From = new(2026, 10, 1);
    private static readonly DateOnly To = new(2026, 10, 31);

    [Fact]
    public void ACheck_KeepsWhatWasCheckedAndWhatWasFound()
    {
        var check = LogCheck.Record(Head, 3, 7, From, To, "flaggade", 120, 4, "  Fyra läsningar utanför egen ärendebalans, alla i tjänsten.  ", DateTimeOffset.UnixEpoch);

        check.Comment.ShouldBe("Fyra läsningar utanför egen ärendebalans, alla i tjänsten.");
        (check.UnitId, check.DistrictId, check.Entries, check.FlaggedEntries).ShouldBe((7, 3, 120, 4));
        check.CheckedByName.ShouldBe("Eva Lind");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void ACheck_WithoutAComment_IsRefused(string? comment) =>
        Should.Throw<DomainException>(() => LogCheck.Record(Head, 3, null, From, To, "", 1, 0, comment, DateTimeOffset.UnixEpoch))
            .Message.ShouldBe(AccessLogRuleCodes.CheckCommentMissing);

    [Fact]
    public void ACommentOverTheLimit_IsRefused() =>
        Should.Throw<DomainException>(() => LogCheck.Record(Head, 3, null, From, To, "", 1, 0, new string('x', LogCheck.MaxCommentLength + 1), DateTimeOffset.UnixEpoch));

    [Fact]
    public void APeriodEndingBeforeItStarts_IsRefused() =>
        Should.Throw<DomainException>(() => LogCheck.Record(Head, 3, null, To, From, "", 1, 0, "Inget att anmärka på.", DateTimeOffset.UnixEpoch));
}
