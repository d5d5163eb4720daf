namespace CaseWork.Infrastructure.Seeding;

/// <summary>A few journal notes, monthly checks and a three-party talk for the first demo applicants of Spånga-Tensta.</summary>
public sealed class FollowUpDemoSeeder(CaseWorkDbContext db, TimeProvider clock)
{
    public const int ApplicantsWithFollowUps = 3;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = clock.Today();
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var applicants = await db.Applicants.IgnoreQueryFilters().Include(a => a.AidMonths)
            .Where(a => a.AssignedWorkerId != null && db.Districts.Any(d => d.Id == a.DistrictId && d.Name == DemoOrganisation.SpangaTensta))
            .OrderBy(a => a.RegisteredAt).ThenBy(a => a.Id)
            .Take(ApplicantsWithFollowUps)
            .ToListAsync(cancellationToken);
        foreach (var (applicant, index) in applicants.Select((a, i) => (a, i)))
        {
            var worker = applicant.AssignedWorkerId!;
            AddNote(applicant.Id, worker, JournalNoteKind.Visit, today.AddDays(-20), "Nybesök. Den sökande berättade om tidigare arbete inom lokalvård och vill vidare till lager.", now.AddDays(-20));
            AddNote(applicant.Id, worker, JournalNoteKind.PhoneCall, today.AddDays(-6), "Ringde om underlag till ansökan: kontoutdrag saknas, skickas i veckan.", now.AddDays(-6));

            var attendance = index == 1 ? Attendance.Partly : Attendance.Yes;
            var check = MonthlyCheck.Record(applicant.Id, worker, new MonthlyCheckFacts(
                lastMonth, attendance, attendance == Attendance.Partly ? 9 : 18, 5 + index, index == 1 ? AidDecision.Reduced : AidDecision.Granted,
                index == 1 ? "Deltog 9 av 18 dagar utan giltigt skäl." : null, null), now.AddDays(-3), today);
            applicant.RecordAidMonth(lastMonth.Year, lastMonth.Month, check.Decision, today);
            check.WrittenInJournalAs(AddNote(applicant.Id, worker, JournalNoteKind.MonthlyCheck, today.AddDays(-3),
                $"Månadsuppföljning {lastMonth:yyyy-MM}: närvaro {(attendance == Attendance.Partly ? "delvis" : "full")}, {check.JobApplications} sökta arbeten, beslut {Large.CaseTexts.DecisionWord(check.Decision)}.", now.AddDays(-3)).Id);
            db.MonthlyChecks.Add(check);
        }

        if (applicants.FirstOrDefault() is { } first)
        {
            var talk = FollowUpTalk.Record(first.Id, first.AssignedWorkerId!, new FollowUpTalkFacts(
                FollowUpTalkKind.ThreeParty, today.AddDays(-2), true, true, true, null,
                "Praktiken på lagret går bra. Coachen ser att den sökande är redo för truckkort.",
                "Truckkort är nästa steg mot anställning.", PlanToBeRevised: true, today.AddMonths(3)), now.AddDays(-2), today);
            talk.WrittenInJournalAs(AddNote(first.Id, first.AssignedWorkerId!, JournalNoteKind.ThreePartyTalk, talk.HeldOn,
                $"Trepartssamtal: {talk.WhatCameUp} Bedömning: {talk.Assessment} Planen ska revideras.", now.AddDays(-2)).Id);
            db.FollowUpTalks.Add(talk);
            var plan = await db.WorkPlans.IgnoreQueryFilters().SingleOrDefaultAsync(p => p.ApplicantId == first.Id && p.Status == WorkPlanStatus.Active, cancellationToken);
            plan?.MoveNextFollowUp(talk.NextFollowUpOn, now);
        }

        await db.SaveAndClearAsync(cancellationToken);
        await SeedLastMonthsChecksAsync(applicants.Select(a => a.Id).ToHashSet(), now, today, lastMonth, cancellationToken);
    }

    /// <summary>
    /// Last month's check for nearly everyone on aid, as a unit that already works in CaseWork would have them; every
    /// fifteenth is left missing so that the due list shows what an overdue check looks like.
    /// </summary>
    private async Task SeedLastMonthsChecksAsync(HashSet<Guid> done, DateTimeOffset now, DateOnly today, DateOnly lastMonth, CancellationToken cancellationToken)
    {
        var onAid = await db.AidMonths.AsNoTracking()
            .Where(m => m.Month == lastMonth && db.Applicants.IgnoreQueryFilters().Any(a => a.Id == m.ApplicantId && a.AssignedWorkerId != null))
            .OrderBy(m => m.ApplicantId)
            .Select(m => new { m.ApplicantId, m.Decision, Worker = db.Applicants.IgnoreQueryFilters().Where(a => a.Id == m.ApplicantId).Select(a => a.AssignedWorkerId!).Single() })
            .ToListAsync(cancellationToken);
        foreach (var (aid, index) in onAid.Where(a => !done.Contains(a.ApplicantId)).Select((a, i) => (a, i)))
        {
            if (index % 15 == 7)
            {
                continue;
            }

            // Most checks are made in the month's last days; every sixth comes a few days late.
            var recordedOn = index % 6 == 0 ? lastMonth.AddMonths(1).AddDays(3) : lastMonth.AddMonths(1).AddDays(-1 - (index % 4));
            recordedOn = recordedOn > today ? today : recordedOn;
            var recordedAt = now.AddDays(recordedOn.DayNumber - today.DayNumber);
            var decisionText = aid.Decision == AidDecision.Granted ? null : "Beslut enligt riksnormen; se beslutet i verksamhetssystemet.";
            var check = MonthlyCheck.Record(aid.ApplicantId, aid.Worker, new MonthlyCheckFacts(
                lastMonth, Attendance.NotApplicable, null, 4 + (index % 6), aid.Decision, decisionText, null), recordedAt, today);
            check.WrittenInJournalAs(AddNote(aid.ApplicantId, aid.Worker, JournalNoteKind.MonthlyCheck, recordedOn,
                $"Månadsuppföljning {lastMonth:yyyy-MM}: {check.JobApplications} sökta arbeten, beslut {Large.CaseTexts.DecisionWord(check.Decision)}.", recordedAt).Id);
            db.MonthlyChecks.Add(check);
            await db.SaveAndClearEveryAsync(index, 500, cancellationToken);
        }

        await db.SaveAndClearAsync(cancellationToken);
    }

    private JournalNote AddNote(Guid applicantId, string authorId, JournalNoteKind kind, DateOnly eventDate, string text, DateTimeOffset writtenAt)
    {
        var note = JournalNote.Write(applicantId, authorId, kind, eventDate, text, writtenAt, eventDate);
        note.Sign(writtenAt);
        db.JournalNotes.Add(note);
        return note;
    }
}
