namespace CaseWork.Infrastructure.Seeding.Large;

/// <summary>
/// Work plans as the audit found them, in proportions that differ by district: most applicants on aid have an
/// active plan with one to three versions, some expired, some with a generic goal or without subgoals; some have
/// only a draft; many who left aid have a closed plan. Most plans rest on a signed basic investigation.
/// </summary>
internal sealed class WorkPlanGenerator(LargeSeedSetting setting, SeedRandom random, SequentialIds ids)
{
    private const int PlanMonths = 6;

    /// <summary>The investigation text differs only by the reason for aid, so each is serialized once.</summary>
    private readonly Dictionary<AidReason, string> _sections = [];

    private DateOnly Today => setting.Today;

    public void Add(LargeCase @case, CaseBatch batch)
    {
        DateOnly? planStart = null;
        if (@case.ReceivesAid)
        {
            if (random.Chance(@case.Profile.PlanCoverage))
            {
                planStart = AddActive(@case, batch);
            }
            else if (random.Chance(0.3))
            {
                planStart = AddDraft(@case, batch);
            }
        }
        else if (random.Chance(0.5))
        {
            planStart = AddClosed(@case, batch);
        }

        if (random.Chance(planStart is null ? 0.4 : 0.9))
        {
            AddInvestigation(@case, (planStart ?? Today).AddDays(-random.Between(10, 40)), batch);
        }
    }

    private DateOnly AddActive(LargeCase @case, CaseBatch batch)
    {
        var current = Today.AddDays(random.Chance(@case.Profile.Expired) ? -random.Between(190, 400) : -random.Between(0, 175));
        var versions = 1 + (random.Chance(0.35) ? 1 : 0) + (random.Chance(0.1) ? 1 : 0);
        var dates = new DateOnly[versions];
        dates[^1] = current;
        for (var v = versions - 2; v >= 0; v--)
        {
            dates[v] = dates[v + 1].AddDays(-random.Between(60, 180));
        }

        var plan = new PlanDraft(@case, random, ids);
        var planId = ids.Next();
        PlanContent content = null!;
        for (var v = 0; v < versions; v++)
        {
            content = plan.ContentFrom(dates[v], progressed: v > 0);
            batch.PlanVersions.Add(new PlanVersionRow(planId, v + 1, JsonColumn.Serialize(content), @case.AuthorName,
                setting.At(dates[v], 10), v == 0 ? null : random.Pick(CaseTexts.RevisionReasons)));
            AddAgreement(planId, v + 1, dates[v], batch);
        }

        var movedByTalk = @case.LastTalkOn > current;
        batch.WorkPlans.Add(new WorkPlanRow(
            planId, @case.Id, WorkPlanStatus.Active, null, setting.At(dates[0], 10),
            setting.At(movedByTalk ? @case.LastTalkOn!.Value : current, 10), null, null,
            movedByTalk ? @case.NextFollowUpAfterTalk : content.NextFollowUp));
        return dates[0];
    }

    private DateOnly AddDraft(LargeCase @case, CaseBatch batch)
    {
        var started = Today.AddDays(-random.Between(0, 30));
        var content = new PlanDraft(@case, random, ids).ContentFrom(started, progressed: false);
        batch.WorkPlans.Add(new WorkPlanRow(ids.Next(), @case.Id, WorkPlanStatus.Draft, JsonColumn.Serialize(content),
            setting.At(started, 10), setting.At(started, 11), null, null, null));
        return started;
    }

    private DateOnly? AddClosed(LargeCase @case, CaseBatch batch)
    {
        var firstMonth = setting.FirstMonth.AddMonths(@case.FirstAidMonth);
        var started = firstMonth.AddDays(random.Between(0, 20));
        var closedOn = setting.FirstMonth.AddMonths(@case.LastAidMonth + 1).AddDays(random.Between(0, 10));
        if (closedOn > Today)
        {
            return null; // refused the last months, so the case is still open
        }

        var planId = ids.Next();
        var content = new PlanDraft(@case, random, ids).ContentFrom(started, progressed: false);
        batch.PlanVersions.Add(new PlanVersionRow(planId, 1, JsonColumn.Serialize(content), @case.AuthorName, setting.At(started, 10), null));
        AddAgreement(planId, 1, started, batch);
        var reason = random.Chance(0.6) ? PlanClosureReason.SelfSufficient : random.Chance(0.75) ? PlanClosureReason.CaseClosed : PlanClosureReason.MovedAway;
        batch.WorkPlans.Add(new WorkPlanRow(planId, @case.Id, WorkPlanStatus.Closed, null, setting.At(started, 10),
            setting.At(closedOn, 11), setting.At(closedOn, 11), reason, content.NextFollowUp));
        return started;
    }

    private void AddAgreement(Guid planId, int version, DateOnly date, CaseBatch batch)
    {
        var agrees = random.Chance(0.95);
        batch.PlanAgreements.Add(new PlanAgreementRow(planId, version, date,
            random.Chance(0.7) ? AgreementMethod.InMeeting : AgreementMethod.SignedOnPaper, agrees, agrees ? null : CaseTexts.Disagreement));
    }

    private void AddInvestigation(LargeCase @case, DateOnly started, CaseBatch batch)
    {
        if (!_sections.TryGetValue(@case.Reason, out var sections))
        {
            sections = SectionsFor(@case.Reason);
            _sections[@case.Reason] = sections;
        }

        var signed = random.Chance(0.95);
        batch.Investigations.Add(new InvestigationRow(ids.Next(), @case.Id, @case.AuthorId, setting.At(started, 9),
            sections, signed ? setting.At(started.AddDays(random.Between(1, 10)), 15) : null));
    }

    private static string SectionsFor(AidReason reason) => JsonColumn.Serialize(new InvestigationSections(
        "Har arbetat inom lokalvård och lager i perioder, senast för två år sedan.",
        "Grundskola i hemlandet; SFI kurs C.",
        reason == AidReason.SwedishForImmigrants ? "Läser SFI kurs C." : "Talar och skriver svenska väl.",
        reason is AidReason.SickLeave or AidReason.SocialMedical ? "Läkarintyg: kan arbeta 50 procent." : "Inga hinder från hälsan.",
        "Saknar aktuella referenser och körkort.",
        "Motiverad och van vid fysiskt arbete.",
        "Vill arbeta och försörja familjen.",
        "Bedöms kunna nå egen försörjning med stöd från Jobbtorg inom ett år."));

    /// <summary>One plan's goal and subgoals, kept across its versions (subgoal ids follow them, as in the editor).</summary>
    private sealed class PlanDraft
    {
        private readonly AidReason _reason;
        private readonly string _goal;
        private readonly List<(Guid Id, string What, string? Criterion, bool Dated, List<PlanActivity> Activities)> _subgoals = [];
        private readonly bool _followUpDate;
        private readonly int _supportLines;

        public PlanDraft(LargeCase @case, SeedRandom random, SequentialIds ids)
        {
            _reason = @case.Reason;
            _goal = random.Chance(@case.Profile.GenericGoal) ? random.Pick(CaseTexts.GenericGoals) : random.Pick(CaseTexts.IndividualGoals(@case.Reason));
            _followUpDate = random.Chance(0.95);
            _supportLines = random.Between(1, CaseTexts.Support.Length);
            if (random.Chance(@case.Profile.NoSubgoal))
            {
                return;
            }

            var pool = CaseTexts.Subgoals(@case.Reason);
            var first = random.Between(0, pool.Length - 1);
            var count = random.Between(1, Math.Min(3, pool.Length));
            for (var i = 0; i < count; i++)
            {
                var (what, criterion) = pool[(first + i) % pool.Length];
                var vague = random.Chance(0.1);
                var activities = Enumerable.Range(0, random.Between(1, 2))
                    .Select(_ => random.Pick(CaseTexts.Activities))
                    .DistinctBy(a => a.What)
                    .Select(a => new PlanActivity(ids.Next(), a.What, a.Who, null, null))
                    .ToList();
                _subgoals.Add((ids.Next(), what, vague ? null : criterion, !vague, activities));
            }
        }

        /// <summary>The plan as agreed on <paramref name="from"/>; a later version has the first subgoal reached.</summary>
        public PlanContent ContentFrom(DateOnly from, bool progressed)
        {
            var to = from.AddMonths(PlanMonths).AddDays(-1);
            var subgoals = _subgoals.Select((s, i) => new Subgoal(
                s.Id, s.What, s.Criterion, s.Dated ? from.AddMonths(Math.Min(PlanMonths - 1, 2 * (i + 1))) : null,
                progressed && i == 0 ? SubgoalStatus.Achieved : i == 0 ? SubgoalStatus.InProgress : SubgoalStatus.NotStarted,
                s.Activities)).ToList();
            var content = new PlanContent(from, to, _followUpDate ? from.AddMonths(3) : null, _goal, subgoals,
                CaseTexts.Requirements(_reason), CaseTexts.Support.Take(_supportLines).ToList());
            content.EnsureConsistent();
            return content;
        }
    }
}
