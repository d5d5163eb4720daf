namespace CaseWork.Infrastructure.Seeding.Large;

/// <summary>
/// Jobbtorg referrals for about half of the unemployed, with first visits over the last 24 months, and Jobbtorg Resurs
/// referrals for some on sick leave or with social-medical reasons: each district's places taken, then a queue, then
/// closed ones. The aid months follow: an open referral means aid now, a closure to work or studies ends the aid.
/// </summary>
internal sealed class ReferralGenerator(LargeSeedSetting setting, SeedRandom random, SequentialIds ids)
{
    // Weights in the order of InterventionCategory: Coach, Matcher, StudyAndCareerGuidance, Internship, WorkTraining,
    // WorkCapacityAssessment, ExternalProvider, Project. Matching and internships lead to work more often (indicator 7).
    private static readonly double[] JobbtorgInterventions = [0.30, 0.20, 0.12, 0.15, 0.08, 0.03, 0.07, 0.05];
    private static readonly double[] BeforeWork = [0.12, 0.32, 0.04, 0.32, 0.05, 0.00, 0.10, 0.05];
    private static readonly double[] BeforeStudies = [0.15, 0.05, 0.50, 0.05, 0.05, 0.00, 0.10, 0.10];
    private static readonly double[] ResursInterventions = [0.15, 0.05, 0.05, 0.10, 0.35, 0.25, 0.05, 0.00];

    // In the order of ReferralClosureReason.
    private static readonly double[] ResursClosures = [0.15, 0.10, 0.05, 0.20, 0.05, 0.30, 0.15];

    private DateOnly Today => setting.Today;

    public void Add(LargeCase @case, CaseBatch batch)
    {
        if (@case.Reason == AidReason.Unemployment && random.Chance(@case.Profile.Jobbtorg))
        {
            AddJobbtorg(@case, batch);
        }
        else if (@case.Reason is AidReason.SickLeave or AidReason.SocialMedical && random.Chance(@case.Profile.Resurs))
        {
            AddResurs(@case, batch);
        }

        if (@case.Referral is { } referral)
        {
            FollowAid(@case, referral);
        }
    }

    private void AddJobbtorg(LargeCase @case, CaseBatch batch)
    {
        var stage = random.Fraction();
        if (stage < 0.03)
        {
            Send(@case, ReferralProgram.Jobbtorg, Today.AddDays(-random.Between(0, 6)), batch);
            return;
        }

        if (stage < 0.07)
        {
            var waiting = Send(@case, ReferralProgram.Jobbtorg, Today.AddDays(-random.Between(3, 20)), batch);
            waiting.ReceivedOn = Min(Today, waiting.SentOn.AddDays(random.Between(1, 3)));
            return;
        }

        var firstVisit = Today.AddDays(-random.Between(0, 730));
        var received = firstVisit.AddDays(-random.Between(0, 10));
        var sentOn = received.AddDays(-random.Between(1, 4));
        if (random.Chance(0.08))
        {
            AddSentBackEarlier(@case, sentOn, batch);
        }

        var referral = Send(@case, ReferralProgram.Jobbtorg, sentOn, batch);
        referral.ReceivedOn = received;
        var closeOn = firstVisit.AddDays(random.DaysUntil(@case.Profile.MonthlyClosure));
        var reason = (ReferralClosureReason)random.Weighted(@case.Profile.ClosureReasons);
        Enrol(@case, referral, firstVisit, closeOn <= Today ? (closeOn, reason) : null, batch);
    }

    /// <summary>An earlier enrolment that Jobbtorg sent back to the district; the one open referral came after it.</summary>
    private void AddSentBackEarlier(LargeCase @case, DateOnly nextSentOn, CaseBatch batch)
    {
        var sentOn = nextSentOn.AddDays(-random.Between(120, 300));
        var earlier = Send(@case, ReferralProgram.Jobbtorg, sentOn, batch);
        earlier.ReceivedOn = sentOn.AddDays(random.Between(1, 3));
        var firstVisit = earlier.ReceivedOn.Value.AddDays(random.Between(2, 10));
        Enrol(@case, earlier, firstVisit, (firstVisit.AddDays(random.Between(20, 90)), ReferralClosureReason.SentBack), batch);
    }

    private void AddResurs(LargeCase @case, CaseBatch batch)
    {
        var resurs = @case.District.Resurs;
        if (resurs.Holding < resurs.Places)
        {
            resurs.Holding++;
            var sentOn = Today.AddDays(-random.Between(30, 600));
            var referral = Send(@case, ReferralProgram.Resurs, sentOn, batch);
            referral.ReceivedOn = sentOn.AddDays(random.Between(1, 5));
            var granted = sentOn;
            if (random.Chance(0.2))
            {
                // Got the place from the queue: the worker is told, and most have seen the notice by now.
                granted = Min(Today, sentOn.AddDays(random.Between(15, 90)));
                referral.QueuedAt = setting.At(sentOn, 10, random.Between(0, 59));
                referral.PlaceGrantedFromQueue = true;
                referral.PlaceNoticeAcknowledgedAt = granted.AddDays(7) <= Today ? setting.At(granted.AddDays(random.Between(1, 6)), 9) : null;
            }

            referral.PlaceGrantedOn = granted;
            var firstVisit = Max(referral.ReceivedOn.Value, granted).AddDays(random.Between(3, 20));
            if (firstVisit <= Today)
            {
                Enrol(@case, referral, firstVisit, null, batch);
            }
        }
        else if (resurs.Queued < @case.Profile.ResursQueue)
        {
            resurs.Queued++;
            var sentOn = Today.AddDays(-random.Between(1, 120));
            var referral = Send(@case, ReferralProgram.Resurs, sentOn, batch);
            referral.QueuedAt = setting.At(sentOn, 10, random.Between(0, 59));
            referral.ReceivedOn = random.Chance(0.7) ? Min(Today, sentOn.AddDays(random.Between(1, 5))) : null;
        }
        else
        {
            var sentOn = Today.AddDays(-random.Between(200, 730));
            var referral = Send(@case, ReferralProgram.Resurs, sentOn, batch);
            referral.ReceivedOn = sentOn.AddDays(random.Between(1, 5));
            referral.PlaceGrantedOn = sentOn;
            var firstVisit = referral.ReceivedOn.Value.AddDays(random.Between(3, 20));
            var closeOn = Min(Today.AddDays(-1), firstVisit.AddDays(random.Between(60, 400)));
            Enrol(@case, referral, firstVisit, (closeOn, (ReferralClosureReason)random.Weighted(ResursClosures)), batch);
        }
    }

    private ReferralRow Send(LargeCase @case, ReferralProgram program, DateOnly sentOn, CaseBatch batch)
    {
        var consent = random.Chance(0.1)
            ? ReferralConsent.Refused(sentOn)
            : new ReferralConsent(true, sentOn, random.Chance(0.7) ? ConsentScope.WorkPlan | ConsentScope.Journal : ConsentScope.WorkPlan);
        var referral = new ReferralRow
        {
            Id = ids.Next(),
            ApplicantId = @case.Id,
            DistrictId = @case.District.Id,
            JobCentreId = @case.District.JobCentreId,
            Program = program,
            ReferredById = @case.AuthorId,
            WorkCapacityPercent = program == ReferralProgram.Resurs ? random.Pick(ResursCapacities) : random.Pick(JobbtorgCapacities),
            Consent = consent,
            SentOn = sentOn,
            CreatedAt = setting.At(sentOn, 9, random.Between(0, 59)),
        };
        batch.Referrals.Add(referral);
        @case.Referral = referral;
        return referral;
    }

    private static readonly int[] JobbtorgCapacities = [100, 100, 100, 75, 50];
    private static readonly int[] ResursCapacities = [25, 50, 50, 75, 100];

    /// <summary>First visit, the job plan on time or late, the deeper plan, the joint follow-up, interventions, closure.</summary>
    private void Enrol(LargeCase @case, ReferralRow referral, DateOnly firstVisit, (DateOnly On, ReferralClosureReason Reason)? closure, CaseBatch batch)
    {
        referral.FirstVisitOn = firstVisit;
        var due = JobPlanDeadline.JobPlanDue(firstVisit);
        referral.JobPlanDueOn = due;
        if (closure is { } closed)
        {
            referral.ClosedOn = Max(closed.On, firstVisit);
            referral.ClosureReason = closed.Reason;
            referral.ClosureNote = closed.Reason switch
            {
                ReferralClosureReason.SentBack => CaseTexts.SentBackNote,
                ReferralClosureReason.Other => CaseTexts.OtherClosureNote,
                _ => null,
            };
        }

        var until = referral.EnrolledUntil(Today);
        var planOn = random.Chance(@case.Profile.JobPlanLate)
            ? due.AddDays(random.Between(1, 15))
            : firstVisit.AddDays(random.Between(0, due.DayNumber - firstVisit.DayNumber));
        referral.JobPlanOn = planOn <= until ? planOn : null;
        if (referral.JobPlanOn is { } plan && JobPlanDeadline.DeeperPlanDue(firstVisit) <= until && random.Chance(0.9))
        {
            referral.DeeperJobPlanOn = Min(until, Max(plan, JobPlanDeadline.DeeperPlanDue(firstVisit).AddDays(random.Between(0, 10))));
        }

        if (JobPlanDeadline.JointFollowUpDue(firstVisit) <= until && random.Chance(0.8))
        {
            referral.JointFollowUpOn = Min(until, JobPlanDeadline.JointFollowUpDue(firstVisit).AddDays(random.Between(0, 20)));
        }

        AddInterventions(referral, until, batch);
    }

    private void AddInterventions(ReferralRow referral, DateOnly until, CaseBatch batch)
    {
        var first = referral.FirstVisitOn!.Value;
        var start = first.AddDays(random.Between(0, 14));
        var count = 1 + (random.Chance(0.5) ? 1 : 0) + (random.Chance(0.2) ? 1 : 0);
        for (var i = 0; i < count && start <= until; i++)
        {
            var end = start.AddDays(random.Between(30, 120));
            var endsWithReferral = end > until;
            var weights = referral.Program == ReferralProgram.Resurs ? ResursInterventions
                : !endsWithReferral ? JobbtorgInterventions
                : referral.ClosureReason is ReferralClosureReason.Employment or ReferralClosureReason.SubsidisedEmployment ? BeforeWork
                : referral.ClosureReason is ReferralClosureReason.Studies ? BeforeStudies
                : JobbtorgInterventions;
            if (!setting.Interventions.TryGetValue((InterventionCategory)random.Weighted(weights), out var typeId))
            {
                continue;
            }

            if (endsWithReferral)
            {
                batch.Interventions.Add(referral.ClosedOn is { } closed
                    ? new InterventionRow(ids.Next(), referral.Id, typeId, start, closed, OutcomeAtClosure(referral.ClosureReason!.Value))
                    : new InterventionRow(ids.Next(), referral.Id, typeId, start, null, null));
                return;
            }

            var outcome = random.Chance(0.75) ? InterventionOutcome.Completed
                : random.Chance(0.8) ? InterventionOutcome.Interrupted
                : InterventionOutcome.Other;
            batch.Interventions.Add(new InterventionRow(ids.Next(), referral.Id, typeId, start, end, outcome));
            start = end.AddDays(random.Between(1, 20));
        }
    }

    private static InterventionOutcome OutcomeAtClosure(ReferralClosureReason reason) => reason switch
    {
        ReferralClosureReason.Employment or ReferralClosureReason.SubsidisedEmployment => InterventionOutcome.LedToWork,
        ReferralClosureReason.Studies => InterventionOutcome.LedToStudies,
        ReferralClosureReason.SentBack => InterventionOutcome.Interrupted,
        _ => InterventionOutcome.Completed,
    };

    /// <summary>
    /// An open referral means aid up to now, from the month it was sent; a closure to work, studies, other income
    /// or a move ends the aid in the month it happened.
    /// </summary>
    private void FollowAid(LargeCase @case, ReferralRow referral)
    {
        var sentMonth = Math.Max(0, MonthIndex(referral.SentOn));
        if (referral.ClosedOn is not { } closed)
        {
            @case.LastAidMonth = 11;
            @case.FirstAidMonth = Math.Min(@case.FirstAidMonth, sentMonth);
            return;
        }

        var closedMonth = MonthIndex(closed);
        if (referral.ClosureReason is not (ReferralClosureReason.SentBack or ReferralClosureReason.Other) && closedMonth >= 0)
        {
            @case.LastAidMonth = closedMonth;
            @case.FirstAidMonth = Math.Min(@case.FirstAidMonth, sentMonth);
        }
    }

    private int MonthIndex(DateOnly date) => ((date.Year - setting.FirstMonth.Year) * 12) + date.Month - setting.FirstMonth.Month;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
