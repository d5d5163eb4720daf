namespace CaseWork.Infrastructure.Seeding;

/// <summary>The demo Jobbtorg offices, Resurs places and referrals in every state of their lifecycle.</summary>
public sealed class JobbtorgDemoSeeder(CaseWorkDbContext db, TimeProvider clock)
{
    private const string DemoReason = "Arbetslös sedan länge; vill och kan arbeta. Behöver stöd att hitta vägar in på arbetsmarknaden.";

    public async Task<IReadOnlyDictionary<string, int>> SeedJobCentresAndPlacesAsync(CancellationToken cancellationToken)
    {
        db.JobCentres.AddRange(new JobCentre(DemoOrganisation.JobbtorgKista), new JobCentre(DemoOrganisation.JobbtorgSkarholmen));
        var districts = await db.Districts.ToListAsync(cancellationToken);
        db.ResursPlaces.AddRange(districts.Select(d => new ResursPlaces(d.Id, DemoOrganisation.ResursPlaces[d.Name])));
        await db.SaveChangesAsync(cancellationToken);
        await JobbtorgCatalogue.EnsureAsync(db, cancellationToken);
        return await db.JobCentres.ToDictionaryAsync(c => c.Name, c => c.Id, cancellationToken);
    }

    /// <summary>Referrals for some of the unemployed applicants of each district, spread over the lifecycle.</summary>
    public async Task SeedReferralsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = clock.Today();
        var jobCentres = await db.JobCentres.ToDictionaryAsync(c => c.Name, c => c.Id, cancellationToken);
        var districts = await db.Districts.ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var candidates = await db.Applicants.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Reason == AidReason.Unemployment && a.AssignedWorkerId != null)
            .OrderBy(a => a.PersonalIdentityNumber)
            .Select(a => new { a.Id, a.DistrictId, a.AssignedWorkerId })
            .ToListAsync(cancellationToken);
        var interventions = await db.InterventionTypes.Select(t => t.Id).ToListAsync(cancellationToken);

        var stage = 0;
        foreach (var applicant in candidates.GroupBy(a => a.DistrictId).SelectMany(g => g.Take(12)))
        {
            var jobCentre = jobCentres[DemoOrganisation.JobCentreFor(districts[applicant.DistrictId])];
            var sentOn = today.AddDays(-(20 + (stage * 23 % 400)));
            var consent = stage % 7 == 3
                ? ReferralConsent.Refused(sentOn)
                : new ReferralConsent(true, sentOn, ConsentScope.WorkPlan | ConsentScope.Journal);
            var referral = Referral.Send(
                new ReferralRequest(applicant.Id, applicant.DistrictId, jobCentre, ReferralProgram.Jobbtorg, DemoReason, 100,
                    "svenska", "Jobbplan mot arbete inom service eller lager; stöd i att söka arbete.", consent, sentOn),
                applicant.AssignedWorkerId!, now, today);
            Advance(referral, stage % 6, sentOn, today, interventions);
            db.Referrals.Add(referral);
            stage++;
        }

        await db.SaveAndClearAsync(cancellationToken);
        await SeedResursAsync(DemoOrganisation.HagerstenLiljeholmen, referrals: 20, jobCentres, now, today, cancellationToken);
        await SeedResursAsync(DemoOrganisation.SpangaTensta, referrals: 8, jobCentres, now, today, cancellationToken);
    }

    /// <summary>Resurs referrals in the order they were sent; those beyond the district's places wait in the queue.</summary>
    private async Task SeedResursAsync(string districtName, int referrals, Dictionary<string, int> jobCentres, DateTimeOffset now, DateOnly today, CancellationToken cancellationToken)
    {
        var district = await db.Districts.SingleAsync(d => d.Name == districtName, cancellationToken);
        var places = await db.ResursPlaces.SingleAsync(p => p.DistrictId == district.Id, cancellationToken);
        var applicants = await db.Applicants.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.DistrictId == district.Id && a.AssignedWorkerId != null && (a.Reason == AidReason.SickLeave || a.Reason == AidReason.SocialMedical))
            .OrderBy(a => a.PersonalIdentityNumber)
            .Select(a => new { a.Id, a.AssignedWorkerId })
            .Take(referrals)
            .ToListAsync(cancellationToken);
        var allocation = new ResursAllocation(places.Places, []);
        for (var i = 0; i < applicants.Count; i++)
        {
            var sentOn = today.AddDays(-(applicants.Count - i) * 5);
            var referral = Referral.Send(
                new ReferralRequest(applicants[i].Id, district.Id, jobCentres[DemoOrganisation.JobCentreFor(districtName)], ReferralProgram.Resurs,
                    "Sjukskriven i perioder; läkaren bedömer att hon kan arbeta halvtid med stöd.", 50, "svenska",
                    "Arbetsträning och arbetsförmågebedömning.", new ReferralConsent(true, sentOn, ConsentScope.WorkPlan), sentOn),
                applicants[i].AssignedWorkerId!, now.AddDays(-(applicants.Count - i) * 5), today);
            allocation.Admit(referral, now.AddDays(-(applicants.Count - i) * 5), sentOn);
            db.Referrals.Add(referral);
        }

        await db.SaveAndClearAsync(cancellationToken);
    }

    /// <summary>0 sent, 1 received, 2 enrolled with a late job plan, 3 enrolled on time, 4 long enrolment, 5 closed to work.</summary>
    private static void Advance(Referral referral, int step, DateOnly sentOn, DateOnly today, List<int> interventions)
    {
        if (step == 0)
        {
            return;
        }

        referral.Receive(sentOn.AddDays(2), today);
        if (step == 1)
        {
            return;
        }

        var firstVisit = sentOn.AddDays(7);
        referral.RecordFirstVisit(firstVisit, today);
        var planOn = step == 2 ? JobPlanDeadline.JobPlanDue(firstVisit).AddDays(3) : firstVisit.AddDays(2);
        if (planOn <= today)
        {
            referral.RecordJobPlan(planOn, "Söka minst tio arbeten i veckan inom lager och service; CV och personligt brev klara inom två veckor.", today);
        }

        if (referral.JobPlanOn is not null && firstVisit.AddMonths(1) <= today)
        {
            referral.RecordDeeperJobPlan(firstVisit.AddMonths(1), "Praktik fyra veckor på lager; truckkort; uppföljning med Arbetsförmedlingen.", today);
            referral.StartIntervention(interventions[step % interventions.Count], firstVisit.AddMonths(1), null, today);
        }

        if (step == 5 && firstVisit.AddMonths(2) <= today)
        {
            referral.Close(firstVisit.AddMonths(2), ReferralClosureReason.Employment, null, today);
        }
    }
}
