using System.Globalization;
using CaseWork.Domain.Applicants;
using CaseWork.Domain.Auditing;
using CaseWork.Domain.CaseReviews;
using CaseWork.Domain.FollowUps;
using CaseWork.Domain.Investigations;
using CaseWork.Domain.Journal;
using CaseWork.Domain.People;
using CaseWork.Domain.Referrals;
using CaseWork.Domain.WorkPlans;
using CaseWork.Infrastructure.Seeding;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Retention;

/// <summary>Arranges people's files at chosen moments, straight in the database through the domain.</summary>
internal static class RetentionFiles
{
    public const string Worker = "socialsekreterare.st";

    private static int _serial = 100;

    public static DateOnly Today => AppTime.Today;

    /// <summary>Midday in Sweden on a day (in UTC, as the database takes it), so that no time zone moves the entry to another date.</summary>
    public static DateTimeOffset Noon(DateOnly day) => new(day.ToDateTime(new TimeOnly(11, 0)), TimeSpan.Zero);

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A new valid personnummer for someone born on <paramref name="birth"/>; a samordningsnummer (day + 60) when asked.</summary>
    public static string Pin(DateOnly birth, bool coordination = false)
    {
        var serial = Interlocked.Increment(ref _serial) % 1000;
        var digits = TestPersonalIdentityNumbers.Make(birth, serial);
        if (coordination)
        {
            var nine = digits[2..6] + (birth.Day + 60).ToString("D2", CultureInfo.InvariantCulture) + digits[8..11];
            digits = digits[..2] + nine + PersonalIdentityNumber.CheckDigitFor(nine).ToString(CultureInfo.InvariantCulture);
        }

        return $"{digits[..8]}-{digits[8..]}";
    }

    /// <summary>Someone born on the 6th: never exempt.</summary>
    public static string OrdinaryPin() => Pin(new DateOnly(1980, 3, 6));

    /// <summary>A person registered at <paramref name="registeredAt"/> (noon of that day) with nothing else in the file.</summary>
    public static async Task<Applicant> AddPersonAsync(
        this AppFixture app, DateOnly registeredOn, string? pin = null, string firstName = "Gunnel", string lastName = "Gallrad", int? unitId = null)
    {
        await using var db = app.NewDbContext();
        var unit = unitId ?? app.Organisation.SpangaTenstaUnit;
        var districtId = await db.Units.Where(u => u.Id == unit).Select(u => u.DistrictId).SingleAsync();
        var applicant = Applicant.Register(
            PersonalIdentityNumber.Parse(pin ?? OrdinaryPin(), registeredOn),
            new ApplicantDetails(firstName, lastName, null, null, "Gamla vägen 1", "163 72", "Spånga", HouseholdType.SingleAdult, 0, AidReason.Unemployment, false),
            districtId,
            unit,
            app.Organisation.UserIds[Worker],
            Noon(registeredOn));
        db.Applicants.Add(applicant);
        await db.SaveChangesAsync();
        return applicant;
    }

    /// <summary>Aid for the month of <paramref name="month"/>, decided that month.</summary>
    public static async Task AddAidMonthAsync(this AppFixture app, Guid applicantId, DateOnly month, AidDecision decision = AidDecision.Granted)
    {
        await using var db = app.NewDbContext();
        var applicant = await db.Applicants.IgnoreQueryFilters().Include(a => a.AidMonths).SingleAsync(a => a.Id == applicantId);
        applicant.RecordAidMonth(month.Year, month.Month, decision, month);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Every kind of record a file can hold, all written on <paramref name="on"/> and all finished (nothing in use):
    /// aid, a signed note and its correction, a monthly check and a talk with their notes, a closed plan with two
    /// versions and an agreement, a signed investigation, a closed referral with attendance and an intervention, a
    /// signed case review whose action is done, and audit rows with detail.
    /// </summary>
    public static async Task AddEveryKindOfRecordAsync(this AppFixture app, Guid applicantId, DateOnly on)
    {
        var at = Noon(on);
        var worker = app.Organisation.UserIds[Worker];
        var head = app.Organisation.UserIds["enhetschef.st"];
        await app.AddAidMonthAsync(applicantId, on);
        // The indicator refresh counts the aid month (indicator_aid_facts); the records below are changes it has yet to take.
        await Indicators.IndicatorArrangements.RefreshSummariesAsync(app);
        await using var db = app.NewDbContext();
        var applicant = await db.Applicants.IgnoreQueryFilters().SingleAsync(a => a.Id == applicantId);

        var note = JournalNote.Write(applicantId, worker, JournalNoteKind.General, on, "Besök på kontoret.", at, on);
        note.Sign(at);
        var correction = JournalNote.CorrectionOf(note, worker, "Besök på kontoret, med tolk.", at, on);
        correction.Sign(at);
        db.JournalNotes.AddRange(note, correction);
        db.NoteObjections.Add(NoteObjection.Record(note, "Jag hade ingen tolk.", on, worker, at, on));

        var check = MonthlyCheck.Record(applicantId, worker, new MonthlyCheckFacts(on, Attendance.Yes, null, 6, AidDecision.Granted, null, null), at, on);
        var checkNote = JournalNote.Write(applicantId, worker, JournalNoteKind.MonthlyCheck, on, "Månadsuppföljning.", at, on);
        checkNote.Sign(at);
        check.WrittenInJournalAs(checkNote.Id);
        var talk = FollowUpTalk.Record(applicantId, worker, new FollowUpTalkFacts(FollowUpTalkKind.ThreeParty, on, true, true, true, null, "Praktik diskuterades.", null, false, on.AddMonths(3)), at, on);
        var talkNote = JournalNote.Write(applicantId, worker, JournalNoteKind.ThreePartyTalk, on, "Trepartssamtal.", at, on);
        talkNote.Sign(at);
        talk.WrittenInJournalAs(talkNote.Id);
        db.JournalNotes.AddRange(checkNote, talkNote);
        db.MonthlyChecks.Add(check);
        db.FollowUpTalks.Add(talk);

        var content = new PlanContent(on, on.AddMonths(6), on.AddMonths(1), "Arbete som undersköterska i Spånga inom ett år",
            [new Subgoal(Guid.NewGuid(), "Gå vårdutbildning", "Godkänd kurs", on.AddMonths(2), SubgoalStatus.InProgress, [])], ["Söka tio jobb i månaden"], ["Coach"]);
        var plan = WorkPlan.StartDraft(applicantId, content, at);
        plan.Activate(new PlanAgreementInput(on, AgreementMethod.InMeeting, true, null), Worker, at);
        plan.Revise(content with { Requirements = ["Söka femton jobb i månaden"] }, "Fler ansökningar", Worker, at);
        plan.Close(PlanClosureReason.SelfSufficient, null, at);
        db.WorkPlans.Add(plan);

        var investigation = BasicInvestigation.Start(applicantId, worker, new InvestigationSections("Lager", "Gymnasium", "God", "Frisk", "Inga", "Van vid truck", "Vill arbeta", "Kan arbeta heltid."), at);
        investigation.Sign(Worker, at);
        db.BasicInvestigations.Add(investigation);

        var centre = await db.JobCentres.Where(c => c.Name == DemoOrganisation.JobbtorgKista).Select(c => c.Id).SingleAsync();
        var referral = Referral.Send(
            new ReferralRequest(applicantId, applicant.DistrictId, centre, ReferralProgram.Jobbtorg, "Arbetslös.", 100, "svenska", "Jobbplan.",
                new ReferralConsent(true, on, ConsentScope.WorkPlan), on),
            worker, at, on);
        referral.Receive(on, on);
        referral.RecordFirstVisit(on, on);
        referral.ReportAttendance(on, 10, 12, worker, at, on);
        var type = await db.InterventionTypes.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
        referral.StartIntervention(type, on, on, on);
        referral.Close(on, ReferralClosureReason.Moved, null, on);
        db.Referrals.Add(referral);

        var (review, entries) = CaseReview.Open(applicant.UnitId, applicant.DistrictId, worker, head, [applicantId], at, on);
        var entry = entries.Single();
        entry.Record(review, new CaseDecision(ReviewDecision.NeedsAction, "Planen saknar delmål.", [new ReviewActionInput(null, "Revidera planen", worker, on)]),
            new HashSet<string> { worker }, head, at);
        review.Complete(entries, new Dictionary<Guid, ReviewCaseFacts>(), head, "Maria Ek", at, on);
        entry.Actions.Single().MarkDone(review, worker, at).ShouldBeTrue();
        db.CaseReviews.Add(review);
        db.CaseReviewEntries.Add(entry);

        db.AuditEntries.Add(new AuditEntry(at, worker, Worker, AuditAction.ApplicantViewed, applicantId, $"plan of {applicant.FirstName} {applicant.LastName}"));
        db.AuditEntries.Add(new AuditEntry(at, worker, Worker, AuditAction.JournalNoteSigned, applicantId, "note signed"));
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO plan_version_quality (version_id, valid_from, valid_to, individual_with_subgoals)
            SELECT v.id, {on}, {on.AddMonths(6)}, true FROM work_plan_versions v WHERE v.work_plan_id = {plan.Id}
            """);
    }

    /// <summary>Moves one date of the person's file, past the triggers that keep signed notes and plan versions as written.</summary>
    public static async Task SetDateAsync(string table, string column, Guid applicantId, DateOnly day)
    {
        var rows = table switch
        {
            "applicants" => "id = @id",
            "work_plan_versions" or "work_plan_agreements" => "work_plan_id IN (SELECT p.id FROM work_plans p WHERE p.applicant_id = @id)",
            "referral_interventions" => "referral_id IN (SELECT r.id FROM referrals r WHERE r.applicant_id = @id)",
            "case_reviews" => "id IN (SELECT e.review_id FROM case_review_entries e WHERE e.applicant_id = @id)",
            _ => "applicant_id = @id",
        };
        var value = await TypeOfAsync(table, column) == "date" ? "@day" : "(@day + time '12:00') AT TIME ZONE 'Europe/Stockholm'";
        await SetAsync($"UPDATE {table} SET {column} = {value} WHERE {rows}", applicantId, day);
    }

    private static async Task<string> TypeOfAsync(string table, string column)
    {
        await using var connection = new Npgsql.NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT data_type FROM information_schema.columns WHERE table_name = @t AND column_name = @c", connection);
        command.Parameters.AddWithValue("t", table);
        command.Parameters.AddWithValue("c", column);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    public static async Task SetAsync(string sql, Guid applicantId, DateOnly? day = null)
    {
        await using var connection = new Npgsql.NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using (var replica = new Npgsql.NpgsqlCommand("SET session_replication_role = replica", connection))
        {
            await replica.ExecuteNonQueryAsync();
        }

        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", applicantId);
        command.Parameters.AddWithValue("day", day ?? default);
        (await command.ExecuteNonQueryAsync()).ShouldBeGreaterThan(0, sql);
    }
}
