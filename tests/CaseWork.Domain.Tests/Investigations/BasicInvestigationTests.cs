using CaseWork.Domain.Common;
using CaseWork.Domain.Investigations;

namespace CaseWork.Domain.Tests.Investigations;

public class BasicInvestigationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static InvestigationSections Sections(string? assessment = "Kan arbeta heltid efter sfi.") =>
        new("Lokalvård 2015–2019", "Grundskola i hemlandet", "Sfi kurs C", "Frisk", "Svenska", "Van vid kundkontakt", "Vill arbeta med barn", assessment);

    [Fact]
    public void Sign_MakesItReadOnly()
    {
        var investigation = BasicInvestigation.Start(Guid.NewGuid(), "worker-1", Sections(), Now);

        investigation.Sign("worker-2", Now);

        investigation.IsSigned.ShouldBeTrue();
        investigation.SignedBy.ShouldBe("worker-2");
        Should.Throw<DomainException>(() => investigation.Update(Sections())).Message.ShouldBe(InvestigationRuleCodes.AlreadySigned);
        Should.Throw<DomainException>(() => investigation.Sign("worker-2", Now)).Message.ShouldBe(InvestigationRuleCodes.AlreadySigned);
    }

    [Fact]
    public void Sign_WithoutAssessment_Throws() =>
        Should.Throw<DomainException>(() => BasicInvestigation.Start(Guid.NewGuid(), "w", Sections(assessment: null), Now).Sign("w", Now))
            .Message.ShouldBe(InvestigationRuleCodes.AssessmentMissing);

    [Fact]
    public void Update_BeforeSigning_ReplacesTheSections()
    {
        var investigation = BasicInvestigation.Start(Guid.NewGuid(), "w", Sections(), Now);

        investigation.Update(Sections(assessment: "Behöver arbetsförmågebedömning."));

        investigation.Sections.Assessment.ShouldBe("Behöver arbetsförmågebedömning.");
    }

    [Fact]
    public void Start_OverlongSection_Throws() =>
        Should.Throw<DomainException>(() => BasicInvestigation.Start(Guid.NewGuid(), "w", Sections(assessment: new string('x', 8001)), Now))
            .Message.ShouldBe(InvestigationRuleCodes.SectionTooLong);
}
