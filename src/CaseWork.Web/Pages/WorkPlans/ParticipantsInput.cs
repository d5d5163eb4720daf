namespace CaseWork.Web.Pages.WorkPlans;

/// <summary>Who took part in a revision, as the form ticks them; after a talk it starts from the talk's participants.</summary>
public class ParticipantsInput
{
    [Display(Name = "Applicant took part")]
    public bool Applicant { get; set; }

    [Display(Name = "Social worker took part")]
    public bool SocialWorker { get; set; }

    [Display(Name = "Coach took part")]
    public bool Coach { get; set; }

    [Display(Name = "Other participants")]
    public string? Others { get; set; }

    public static ParticipantsInput From(Participants participants) => new()
    {
        Applicant = participants.Applicant,
        SocialWorker = participants.SocialWorker,
        Coach = participants.Coach,
        Others = participants.Others,
    };

    public Participants ToParticipants() => new Participants(Applicant, SocialWorker, Coach, Others).Normalized();
}
