namespace CaseWork.Domain.Journal;

public enum JournalNoteKind
{
    General,
    MonthlyCheck,
    ThreePartyTalk,
    MultiPartyTalk,
    WorkPlan,
    Referral,
    PhoneCall,
    Visit,
}
