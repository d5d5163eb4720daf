using CaseWork.Domain.Applicants;
using CaseWork.Domain.People;

namespace CaseWork.Domain.Tests.Applicants;

internal static class ApplicantFactory
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static ApplicantDetails Details(bool protectedIdentity = false) => new(
        "Anna", "Svensson", "anna@example.se", "070-123 45 67", "Storgatan 1", "163 00", "Spånga",
        HouseholdType.SingleAdult, 2, AidReason.Unemployment, protectedIdentity);

    public static Applicant Create(bool protectedIdentity = false, string? worker = "worker-1") => Applicant.Register(
        PersonalIdentityNumber.Parse("19811218-9876", Today),
        Details(protectedIdentity),
        districtId: 1,
        unitId: 10,
        worker,
        new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
}
