namespace CaseWork.Domain.Applicants;

/// <summary>The main reason the household needs financial aid (försörjningshinder).</summary>
public enum AidReason
{
    Unemployment,
    SickLeave,
    SwedishForImmigrants,
    SocialMedical,
    RefugeeIntroduction,
    Other,
}
