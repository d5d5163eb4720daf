using System.Globalization;

namespace CaseWork.Infrastructure.Seeding.Large;

/// <summary>
/// A monthly check for most months with a decision (some missing, some recorded late), Jobbtorg's attendance reports
/// for the last three months of an enrolment, and a three- or multi-party talk about every third month at Jobbtorg;
/// each check and talk with its signed journal note.
/// </summary>
internal sealed class FollowUpGenerator(LargeSeedSetting setting, SeedRandom random, SequentialIds ids)
{
    private DateOnly Today => setting.Today;

    public void Add(LargeCase @case, CaseBatch batch)
    {
        AddTalks(@case, batch);
        AddAttendance(@case, batch);
        for (var month = @case.FirstAidMonth; month <= @case.LastAidMonth; month++)
        {
            if (@case.Decisions[month] is { } decision && !random.Chance(@case.Profile.CheckMissing))
            {
                AddCheck(@case, setting.FirstMonth.AddMonths(month), decision, batch);
            }
        }
    }

    private void AddCheck(LargeCase @case, DateOnly month, AidDecision decision, CaseBatch batch)
    {
        var monthEnd = month.AddMonths(1).AddDays(-1);
        var day = random.Chance(@case.Profile.CheckLate)
            ? monthEnd.AddDays(random.Between(1, 40))
            : month.AddDays(random.Between(14, monthEnd.Day - 1));
        if (day > Today)
        {
            if (month.AddMonths(1) > Today)
            {
                return; // this month's check is not due yet
            }

            day = Today;
        }

        var (attendance, days) = Attendance(@case, month, monthEnd, decision);
        var applications = @case.Reason == AidReason.Unemployment ? random.Between(2, 14) : random.Between(0, 3);
        var recordedAt = setting.At(day, random.Between(8, 16), random.Between(0, 59));
        var note = Note(@case, JournalNoteKind.MonthlyCheck, day, recordedAt, string.Create(CultureInfo.InvariantCulture,
            $"Månadsuppföljning {month:yyyy-MM}: {applications} sökta arbeten, beslut {CaseTexts.DecisionWord(decision)}."), batch);
        batch.MonthlyChecks.Add(new MonthlyCheckRow(
            ids.Next(), @case.Id, month, attendance, days, applications, decision,
            decision == AidDecision.Granted ? null : CaseTexts.DecisionText(decision), @case.AuthorId, recordedAt, note));
    }

    /// <summary>At Jobbtorg that month: attendance follows the decision (a reduction or refusal for absence); else not applicable.</summary>
    private (Attendance, int?) Attendance(LargeCase @case, DateOnly month, DateOnly monthEnd, AidDecision decision)
    {
        if (@case.Referral is not { FirstVisitOn: { } first } referral || first > monthEnd || referral.EnrolledUntil(Today) < month)
        {
            return (Domain.FollowUps.Attendance.NotApplicable, null);
        }

        return decision switch
        {
            AidDecision.Refused => (Domain.FollowUps.Attendance.No, 0),
            AidDecision.Reduced => (Domain.FollowUps.Attendance.Partly, random.Between(4, 12)),
            _ when random.Chance(0.1) => (Domain.FollowUps.Attendance.Partly, random.Between(13, 18)),
            _ => (Domain.FollowUps.Attendance.Yes, null),
        };
    }

    private void AddAttendance(LargeCase @case, CaseBatch batch)
    {
        if (@case.Referral is not { FirstVisitOn: { } first, ClosedOn: null } referral)
        {
            return;
        }

        var current = new DateOnly(Today.Year, Today.Month, 1);
        var from = new DateOnly(first.Year, first.Month, 1);
        for (var month = Later(from, current.AddMonths(-3)); month < current; month = month.AddMonths(1))
        {
            var expected = Math.Min(20, DateTime.DaysInMonth(month.Year, month.Month));
            var attended = random.Chance(0.85) ? expected - random.Between(0, 2) : random.Between(0, expected / 2);
            batch.Attendance.Add(new AttendanceRow(referral.Id, @case.Id, month, attended, expected, @case.District.CoachId,
                setting.At(month.AddMonths(1).AddDays(random.Between(0, 4)), 14)));
        }
    }

    private void AddTalks(LargeCase @case, CaseBatch batch)
    {
        if (@case.Referral is not { FirstVisitOn: { } first } referral)
        {
            return;
        }

        var until = referral.EnrolledUntil(Today);
        for (var k = 1; ; k++)
        {
            var heldOn = first.AddMonths(3 * k).AddDays(random.Between(-10, 20));
            if (heldOn > until)
            {
                return;
            }

            if (random.Chance(@case.Profile.TalkMissing))
            {
                continue;
            }

            var multiParty = k >= 4 && random.Chance(0.5);
            var subject = random.Pick(CaseTexts.TalkSubjects);
            var recordedAt = setting.At(heldOn, 15, random.Between(0, 59));
            var kind = multiParty ? JournalNoteKind.MultiPartyTalk : JournalNoteKind.ThreePartyTalk;
            var note = Note(@case, kind, heldOn, recordedAt, (multiParty ? "Flerpartssamtal: " : "Trepartssamtal: ") + subject, batch);
            var next = heldOn.AddMonths(3);
            batch.Talks.Add(new TalkRow(
                ids.Next(), @case.Id, multiParty ? FollowUpTalkKind.MultiParty : FollowUpTalkKind.ThreeParty, heldOn,
                multiParty ? CaseTexts.ArbetsformedlingenJoins : null, subject, random.Chance(0.25), next, @case.AuthorId, recordedAt, note));
            @case.LastTalkOn = heldOn;
            @case.NextFollowUpAfterTalk = next;
        }
    }

    private Guid Note(LargeCase @case, JournalNoteKind kind, DateOnly eventDate, DateTimeOffset writtenAt, string text, CaseBatch batch)
    {
        var id = ids.Next();
        batch.JournalNotes.Add(new JournalNoteRow(id, @case.Id, @case.AuthorId, kind, eventDate, text, writtenAt));
        return id;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
