namespace CaseWork.Infrastructure.Seeding.Large;

/// <summary>The Swedish text of the large set's plans, investigations and follow-ups, varied by the reason for aid.</summary>
internal static class CaseTexts
{
    /// <summary>Goals of the kind the audit found in eight files of ten; the quality rules call them generic.</summary>
    public static readonly string[] GenericGoals =
        ["Bli självförsörjande", "Få ett arbete", "Komma ut på arbetsmarknaden", "Egen försörjning så snart som möjligt", "Få jobb"];

    public static string[] IndividualGoals(AidReason reason) => reason switch
    {
        AidReason.SwedishForImmigrants =>
        [
            "Klara SFI kurs D under våren och därefter söka arbete inom barnomsorgen",
            "Läsa SFI på halvtid och pröva yrket som kock genom praktik i ett storkök",
        ],
        AidReason.SickLeave or AidReason.SocialMedical =>
        [
            "Pröva arbetsförmågan i arbetsträning på 50 procent och öka till 75 procent före sommaren",
            "Stabil behandlingskontakt och därefter arbetsträning inom kommunens parkförvaltning",
        ],
        AidReason.RefugeeIntroduction =>
        [
            "Validera utbildningen som elektriker och nå svenska på den nivå branschen kräver",
            "Slutföra etableringsinsatserna och börja yrkesutbildning till busschaufför",
        ],
        _ =>
        [
            "Anställning inom lager och logistik med truckkort klart till hösten",
            "Arbete som undersköterska inom äldreomsorgen efter avslutad kvällsutbildning",
            "Deltidsanställning inom lokalvård som kan utökas till heltid inom ett år",
            "Anställning i restaurang eller storkök efter hygienkurs och praktik",
        ],
    };

    public static (string What, string Criterion)[] Subgoals(AidReason reason) => reason switch
    {
        AidReason.SwedishForImmigrants =>
            [("Slutföra SFI kurs C", "Godkänt betyg"), ("Praktik fyra veckor i ett storkök", "Intyg från praktikplatsen"), ("Ta fram CV på svenska", "CV klart och uppladdat")],
        AidReason.SickLeave or AidReason.SocialMedical =>
            [("Regelbunden kontakt med vårdcentralen", "Läkarintyg med bedömning av arbetsförmågan"), ("Arbetsträning tre dagar i veckan", "Närvaro enligt rapporten från Jobbtorg"), ("Öka arbetstiden till 75 procent", "Schema med 30 timmar i veckan")],
        _ =>
            [("Ta truckkort A och B", "Godkänt kursintyg"), ("Söka minst tio arbeten i månaden", "Redovisad lista varje månad"), ("Praktik på ett lager i sex veckor", "Omdöme från handledaren"), ("Ta fram CV och personligt brev", "CV klart och uppladdat")],
    };

    public static readonly (string What, ActivityOwner Who)[] Activities =
    [
        ("Anmäla sig till kursen", ActivityOwner.Applicant),
        ("Boka trepartssamtal med jobbcoachen", ActivityOwner.SocialWorker),
        ("Matcha mot lediga tjänster", ActivityOwner.Jobbtorg),
        ("Följa upp närvaron varje månad", ActivityOwner.SocialWorker),
        ("Söka arbeten och spara annonserna", ActivityOwner.Applicant),
    ];

    public static string[] Requirements(AidReason reason) => reason switch
    {
        AidReason.SwedishForImmigrants => ["Delta i SFI minst 15 timmar i veckan", "Söka minst fyra arbeten i månaden"],
        AidReason.SickLeave or AidReason.SocialMedical => ["Följa behandlingsplanen och lämna läkarintyg", "Delta i arbetsträningen enligt schema"],
        _ => ["Delta på Jobbtorg Stockholm enligt schema", "Söka minst åtta arbeten i månaden och redovisa dem"],
    };

    public static readonly string[] Support = ["Jobbcoach på Jobbtorg", "Studie- och yrkesvägledning", "Kontakt med socialsekreteraren varje månad"];

    public static readonly string[] RevisionReasons =
    [
        "Trepartssamtal: delmålet är nått, nästa steg läggs in.",
        "Praktiken förlängdes; nya datum för delmålen.",
        "Den sökande har börjat arbetsträna; kraven anpassas efter läkarintyget.",
    ];

    public const string Disagreement = "Den sökande anser att kravet på heltid är för högt och vill börja på halvtid.";

    public static readonly string[] TalkSubjects =
    [
        "Praktiken går bra och handledaren ser att den sökande kan gå vidare mot anställning.",
        "Närvaron har varit ojämn; vi kom överens om ett nytt schema och en kontakt med vårdcentralen.",
        "Den sökande har sökt många arbeten men inte fått intervjuer; coachen går igenom CV:t.",
        "Studie- och yrkesvägledning gav ett mål: undersköterskeutbildning till hösten.",
    ];

    public const string ArbetsformedlingenJoins = "Arbetsförmedlingen (handläggare)";

    public const string SentBackNote = "Återremitterad: behöver först stöd för hälsan innan arbetsinriktade insatser.";

    public const string OtherClosureNote = "Avslutad efter överenskommelse vid trepartssamtal.";

    public static string DecisionText(AidDecision decision) => decision switch
    {
        AidDecision.Reduced => "Deltog inte på Jobbtorg enligt planen utan giltigt skäl.",
        AidDecision.Refused => "Inkomsterna täcker behovet enligt riksnormen denna månad.",
        _ => string.Empty,
    };

    public static string DecisionWord(AidDecision decision) => decision switch
    {
        AidDecision.Reduced => "reducerat",
        AidDecision.Refused => "avslag",
        _ => "beviljat",
    };

    public static string ReferralReason(bool resurs) => resurs
        ? "Sjukskriven i perioder; läkaren bedömer att den sökande kan arbeta på deltid med stöd."
        : "Arbetslös sedan länge; vill och kan arbeta. Behöver stöd att hitta vägar in på arbetsmarknaden.";

    public const string PlanExpectations = "Jobbplan mot arbete inom service eller lager; stöd i att söka arbete.";

    public const string JobPlanContent = "Söka minst tio arbeten i veckan inom service och lager; CV klart inom två veckor; jobbsökarträff varje tisdag.";

    public const string DeeperJobPlanContent = "Praktik fyra veckor på lager med handledare; truckkort; gemensam uppföljning med Arbetsförmedlingen.";
}
