using CaseWork.Domain.Common;

namespace CaseWork.Domain.Investigations;

/// <summary>
/// The basic investigation made when a case opens, written and signed by its author. Once signed it is read-only;
/// a later signed investigation supersedes it and both are kept.
/// </summary>
public class BasicInvestigation
{
    private BasicInvestigation()
    {
        Sections = null!;
        AuthorId = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ApplicantId { get; private set; }

    public string AuthorId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public InvestigationSections Sections { get; private set; }

    public DateTimeOffset? SignedAt { get; private set; }

    /// <summary>Who signed: the author, or a colleague who completed it.</summary>
    public string? SignedBy { get; private set; }

    public bool IsSigned => SignedAt is not null;

    /// <summary>Concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    public static BasicInvestigation Start(Guid applicantId, string authorId, InvestigationSections sections, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sections);
        EnsureLengths(sections);
        return new BasicInvestigation
        {
            Id = Guid.CreateVersion7(now),
            ApplicantId = applicantId,
            AuthorId = authorId,
            Sections = sections,
            StartedAt = now,
        };
    }

    public void Update(InvestigationSections sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        if (IsSigned)
        {
            throw new DomainException(InvestigationRuleCodes.AlreadySigned);
        }

        EnsureLengths(sections);
        Sections = sections;
    }

    /// <summary>Signed by the one who vouches for it; from then on it cannot change.</summary>
    public void Sign(string signedBy, DateTimeOffset now)
    {
        if (IsSigned)
        {
            throw new DomainException(InvestigationRuleCodes.AlreadySigned);
        }

        if (string.IsNullOrWhiteSpace(Sections.Assessment))
        {
            throw new DomainException(InvestigationRuleCodes.AssessmentMissing);
        }

        SignedAt = now;
        SignedBy = signedBy;
    }

    private static void EnsureLengths(InvestigationSections sections)
    {
        if (sections.All.Any(s => s is { Length: > InvestigationSections.MaxSectionLength }))
        {
            throw new DomainException(InvestigationRuleCodes.SectionTooLong);
        }
    }
}
