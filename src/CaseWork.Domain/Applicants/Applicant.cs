using CaseWork.Domain.Common;
using CaseWork.Domain.People;

namespace CaseWork.Domain.Applicants;

/// <summary>A person who applies for financial aid (sökande), placed in a unit and assigned to a social worker.</summary>
public class Applicant
{
    public const int MaxNameLength = 100;
    public const int MaxChildren = 20;

    private readonly List<AidMonth> _aidMonths = [];

    private Applicant()
    {
        PersonalIdentityNumber = string.Empty;
        FirstName = string.Empty;
        LastName = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>Twelve digits YYYYMMDDNNNC.</summary>
    public string PersonalIdentityNumber { get; private set; }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public string? StreetAddress { get; private set; }

    public string? PostalCode { get; private set; }

    public string? City { get; private set; }

    public HouseholdType Household { get; private set; }

    public int NumberOfChildren { get; private set; }

    public AidReason Reason { get; private set; }

    /// <summary>Skyddad identitet: address and contact are shown only to the assigned social worker.</summary>
    public bool HasProtectedIdentity { get; private set; }

    /// <summary>What was recorded about the applicant beside the identity number and placement.</summary>
    public ApplicantDetails Details => new(
        FirstName, LastName, Email, Phone, StreetAddress, PostalCode, City, Household, NumberOfChildren, Reason, HasProtectedIdentity);

    public int DistrictId { get; private set; }

    public int UnitId { get; private set; }

    public string? AssignedWorkerId { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>Concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    public IReadOnlyCollection<AidMonth> AidMonths => _aidMonths.AsReadOnly();

    public static Applicant Register(
        PersonalIdentityNumber personalIdentityNumber,
        ApplicantDetails details,
        int districtId,
        int unitId,
        string? assignedWorkerId,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(personalIdentityNumber);
        var applicant = new Applicant
        {
            Id = Guid.CreateVersion7(now),
            PersonalIdentityNumber = personalIdentityNumber.Digits,
            RegisteredAt = now,
        };
        applicant.UpdateDetails(details);
        applicant.PlaceIn(districtId, unitId, assignedWorkerId);
        return applicant;
    }

    public void UpdateDetails(ApplicantDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (string.IsNullOrWhiteSpace(details.FirstName) || string.IsNullOrWhiteSpace(details.LastName))
        {
            throw new DomainException(ApplicantRuleCodes.NameMissing);
        }

        if (details.NumberOfChildren is < 0 or > MaxChildren)
        {
            throw new DomainException(ApplicantRuleCodes.ChildrenOutOfRange);
        }

        FirstName = details.FirstName.Trim();
        LastName = details.LastName.Trim();
        Email = Clean(details.Email);
        Phone = Clean(details.Phone);
        StreetAddress = Clean(details.StreetAddress);
        PostalCode = Clean(details.PostalCode);
        City = Clean(details.City);
        Household = details.Household;
        NumberOfChildren = details.NumberOfChildren;
        Reason = details.Reason;
        HasProtectedIdentity = details.HasProtectedIdentity;
    }

    /// <summary>Keeps the address and contact as they are; for editors who may not see them (protected identity).</summary>
    public void UpdateDetailsKeepingContact(ApplicantDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        UpdateDetails(details with
        {
            Email = Email,
            Phone = Phone,
            StreetAddress = StreetAddress,
            PostalCode = PostalCode,
            City = City,
            HasProtectedIdentity = HasProtectedIdentity || details.HasProtectedIdentity,
        });
    }

    public void PlaceIn(int districtId, int unitId, string? assignedWorkerId)
    {
        if (districtId <= 0 || unitId <= 0)
        {
            throw new DomainException(ApplicantRuleCodes.PlacementMissing);
        }

        DistrictId = districtId;
        UnitId = unitId;
        AssignedWorkerId = string.IsNullOrWhiteSpace(assignedWorkerId) ? null : assignedWorkerId;
    }

    /// <summary>Records (or corrects) the decision for one month. Months in the future cannot be decided.</summary>
    public void RecordAidMonth(int year, int month, AidDecision decision, DateOnly today)
    {
        if (month is < 1 or > 12 || year < 1900)
        {
            throw new DomainException(ApplicantRuleCodes.MonthInvalid);
        }

        var first = new DateOnly(year, month, 1);
        if (first > new DateOnly(today.Year, today.Month, 1))
        {
            throw new DomainException(ApplicantRuleCodes.AidMonthInFuture);
        }

        var existing = _aidMonths.FirstOrDefault(m => m.Month == first);
        if (existing is null)
        {
            _aidMonths.Add(new AidMonth(Id, first, decision));
        }
        else
        {
            existing.Change(decision);
        }
    }

    /// <summary>
    /// Corrects the decision of a month already recorded (by its monthly check, ADR 0018). A month not yet recorded
    /// is refused: its decision is recorded by the month's monthly check, the one place that records one.
    /// </summary>
    public void CorrectAidMonth(int year, int month, AidDecision? decision, DateOnly today)
    {
        if (month is < 1 or > 12 || year < 1900)
        {
            throw new DomainException(ApplicantRuleCodes.MonthInvalid);
        }

        var first = new DateOnly(year, month, 1);
        if (first > new DateOnly(today.Year, today.Month, 1))
        {
            throw new DomainException(ApplicantRuleCodes.AidMonthInFuture);
        }

        var recorded = _aidMonths.FirstOrDefault(m => m.Month == first) ?? throw new DomainException(ApplicantRuleCodes.AidMonthNotRecorded);
        recorded.Change(decision ?? throw new DomainException(ApplicantRuleCodes.AidDecisionMissing));
    }

    public bool IsLongTerm(DateOnly today) => LongTermAidRule.IsLongTerm(_aidMonths, today);

    /// <summary>Whether this user may see address and contact.</summary>
    public bool ContactVisibleTo(string userId) => ContactVisible(HasProtectedIdentity, AssignedWorkerId, userId);

    /// <summary>
    /// The rule behind <see cref="ContactVisibleTo"/>, for a projection that reads the two columns: the contact of a
    /// protected identity is shown to the assigned social worker only.
    /// </summary>
    public static bool ContactVisible(bool hasProtectedIdentity, string? assignedWorkerId, string? userId) =>
        !hasProtectedIdentity || assignedWorkerId == userId;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
