// The domain's namespaces, imported once for the projects built on it: linked into CaseWork.Infrastructure and
// CaseWork.Web (their .csproj), so that a file there imports only what is particular to it.
global using CaseWork.Domain.Access;
global using CaseWork.Domain.AccessLog;
global using CaseWork.Domain.Applicants;
global using CaseWork.Domain.Auditing;
global using CaseWork.Domain.Calendar;
global using CaseWork.Domain.CaseReviews;
global using CaseWork.Domain.Common;
global using CaseWork.Domain.Due;
global using CaseWork.Domain.FollowUps;
global using CaseWork.Domain.Indicators;
global using CaseWork.Domain.Investigations;
global using CaseWork.Domain.Journal;
global using CaseWork.Domain.Organisation;
global using CaseWork.Domain.People;
global using CaseWork.Domain.Phrases;
global using CaseWork.Domain.Referrals;
global using CaseWork.Domain.Retention;
global using CaseWork.Domain.WorkPlans;
