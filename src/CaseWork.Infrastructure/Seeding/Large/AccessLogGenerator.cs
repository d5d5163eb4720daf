namespace CaseWork.Infrastructure.Seeding.Large;

/// <summary>
/// A year of the access log that the pages' reads write for one applicant: the case opened by their social worker
/// in most months with aid (often after a search of the list, and the plan or the journal editor besides), now and
/// then by a colleague covering, by someone who first stated a reason (uppföljning, ersätter handläggare, klagomål,
/// annat with a text), and rarely a refusal to someone from another unit. At 500,000 applicants that is a few
/// million rows, the share the checker is shown (stated reasons and refusals) about 2 % of the reads.
/// </summary>
internal sealed class AccessLogGenerator(LargeSeedSetting setting, SeedRandom random)
{
    private const double ViewsPerAidMonth = 0.55;
    private const double ListSearchBefore = 0.35;
    private const double PlanOrJournalToo = 0.3;
    private const double Covering = 0.04;
    private const double StatedReason = 0.015;
    private const double Refused = 0.002;

    private static readonly string[] ReasonTexts =
        ["Samordning med Jobbtorg inför trepartssamtal", "Kontroll inför överklagande", "Frågor från Försäkringskassan om samordning"];

    private static readonly string[] Details = ["work plan editor", "journal editor"];

    public void Add(LargeCase @case, CaseBatch batch)
    {
        if (@case.Worker is not { } worker)
        {
            return;
        }

        for (var month = @case.FirstAidMonth; month <= @case.LastAidMonth; month++)
        {
            if (!random.Chance(ViewsPerAidMonth))
            {
                continue;
            }

            var at = When(month);
            var roll = random.Fraction();
            if (roll < Refused)
            {
                var outsider = Outsider(@case);
                batch.AccessLog.Add(new AccessLogEntryRow(AuditAction.AccessDenied, @case.Id, null, at, ReadPurpose.Refused, null, null, outsider.Id, outsider.UserName));
            }
            else if (roll < Refused + StatedReason)
            {
                var reader = Colleague(@case, worker);
                var reason = (ReadReason)random.Between(0, 3);
                var text = reason == ReadReason.Other ? random.Pick(ReasonTexts) : null;
                batch.AccessLog.Add(new AccessLogEntryRow(AuditAction.ReadReasonStated, @case.Id, null, at, ReadPurpose.StatedReason, reason, text, reader.Id, reader.UserName));
                batch.AccessLog.Add(new AccessLogEntryRow(AuditAction.ApplicantViewed, @case.Id, null, at.AddSeconds(20), ReadPurpose.StatedReason, reason, text, reader.Id, reader.UserName));
            }
            else
            {
                var reader = roll < Refused + StatedReason + Covering ? Colleague(@case, worker) : worker;
                var purpose = reader == worker ? ReadPurpose.OwnCase : ReadPurpose.Covering;
                if (random.Chance(ListSearchBefore))
                {
                    batch.AccessLog.Add(new AccessLogEntryRow(AuditAction.ApplicantListSearched, null, null, at.AddSeconds(-30), null, null, null, reader.Id, reader.UserName));
                }

                batch.AccessLog.Add(new AccessLogEntryRow(AuditAction.ApplicantViewed, @case.Id, null, at, purpose, null, null, reader.Id, reader.UserName));
                if (random.Chance(PlanOrJournalToo))
                {
                    batch.AccessLog.Add(new AccessLogEntryRow(AuditAction.ApplicantViewed, @case.Id, random.Pick(Details), at.AddMinutes(2), purpose, null, null, reader.Id, reader.UserName));
                }
            }
        }
    }

    /// <summary>A working day and hour of the month (0 = eleven months ago), early enough that what follows it is not after now.</summary>
    private DateTimeOffset When(int month)
    {
        var first = setting.FirstMonth.AddMonths(month);
        var day = first.AddDays(random.Between(0, first.AddMonths(1).DayNumber - first.DayNumber - 1));
        if (day.DayOfWeek == DayOfWeek.Saturday)
        {
            day = day.AddDays(-1);
        }
        else if (day.DayOfWeek == DayOfWeek.Sunday)
        {
            day = day.AddDays(-2);
        }

        var moment = setting.At(day < setting.Today ? day : setting.Today, random.Between(8, 16), random.Between(0, 59));
        var latest = setting.Now.AddMinutes(-5);
        return moment < latest ? moment : latest;
    }

    private Worker Colleague(LargeCase @case, Worker worker)
    {
        var colleagues = @case.Unit?.Workers ?? [];
        return colleagues.Count > 1 ? random.Pick(colleagues) : worker;
    }

    private Worker Outsider(LargeCase @case)
    {
        var units = setting.Districts.SelectMany(d => d.Units).Where(u => u != @case.Unit && u.Workers.Count > 0).ToList();
        return units.Count == 0 ? @case.Worker! : random.Pick(random.Pick(units).Workers);
    }
}
