using System.ComponentModel.DataAnnotations;
using System.Reflection;
using CaseWork.Web.Pages.FollowUps;
using CaseWork.Web.Pages.Investigations;
using CaseWork.Web.Pages.Journal;
using CaseWork.Web.Pages.Referrals;
using CaseWork.Web.Pages.WorkPlans;

namespace CaseWork.Web.Pages.Admin.Records;

/// <summary>
/// The form a kind of record is entered through: its input model, whose properties are declared in the order the form
/// shows its fields and whose <see cref="DisplayAttribute"/> names are the resource keys of the form's labels. The
/// extract shows a record's fields in that order and with those labels, so that a person reads their record as it
/// was written; one source of labels. A column or property named otherwise than its input is renamed here.
/// </summary>
public sealed class RecordForm
{
    private readonly Type _input;
    private readonly IReadOnlyDictionary<string, string> _renames;

    /// <param name="renames">
    /// A column or property named otherwise than its input's property, to that property; a path ("Consent.Answer")
    /// names a field of a part of the form (a column of an owned value stored in the row).
    /// </param>
    public RecordForm(Type input, IReadOnlyDictionary<string, string>? renames = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        _input = input;
        _renames = renames ?? new Dictionary<string, string>();
    }

    /// <summary>
    /// Where the form shows a column or property (<c>days_attended</c> or <c>DaysAttended</c>), as the positions of its
    /// path among each input's properties, and the resource key of its label; null for what the form does not hold
    /// (who wrote it, when).
    /// </summary>
    public FormField? Field(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var type = _input;
        var positions = new List<int>();
        PropertyInfo? property = null;
        foreach (var part in (_renames.GetValueOrDefault(name) ?? name).Split('.'))
        {
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
            var index = Array.FindIndex(properties, p => Key(p.Name) == Key(part));
            if (index < 0)
            {
                return null;
            }

            property = properties[index];
            positions.Add(index);
            type = property.PropertyType;
        }

        return property is null ? null : new FormField(positions, property.GetCustomAttribute<DisplayAttribute>()?.Name);
    }

    private static string Key(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}

/// <summary>A field of a form: its place (the positions of its path among each input's properties) and its label's resource key.</summary>
public sealed record FormField(IReadOnlyList<int> Positions, string? Label)
{
    /// <summary>The form's order: by the positions of the path, a part of the form where its property is.</summary>
    public static IComparer<FormField> Order { get; } = Comparer<FormField>.Create((a, b) =>
    {
        for (var i = 0; i < Math.Min(a.Positions.Count, b.Positions.Count); i++)
        {
            if (a.Positions[i] != b.Positions[i])
            {
                return a.Positions[i].CompareTo(b.Positions[i]);
            }
        }

        return a.Positions.Count.CompareTo(b.Positions.Count);
    });
}

/// <summary>The forms of the records a person's file holds: by table for a row, by type for a record inside a jsonb column.</summary>
public static class RecordForms
{
    private static readonly Dictionary<string, RecordForm> ByTable = new(StringComparer.Ordinal)
    {
        ["monthly_checks"] = new(typeof(MonthlyCheckInput)),
        ["follow_up_talks"] = new(typeof(TalkInput)),
        ["journal_notes"] = new(typeof(JournalNoteInput)),
        ["referrals"] = new(typeof(ReferralInput), new Dictionary<string, string>
        {
            ["work_capacity_percent"] = nameof(ReferralInput.WorkCapacity),
            ["consent_given"] = $"{nameof(ReferralInput.Consent)}.{nameof(ConsentInput.Answer)}",
            ["consent_recorded_on"] = $"{nameof(ReferralInput.Consent)}.{nameof(ConsentInput.RecordedOn)}",
            ["consent_scope"] = $"{nameof(ReferralInput.Consent)}.{nameof(ConsentInput.Scope)}",
        }),
        ["work_plan_versions"] = new(typeof(PlanInput), new Dictionary<string, string>
        {
            ["participant_applicant"] = $"{nameof(PlanInput.Participants)}.{nameof(ParticipantsInput.Applicant)}",
            ["participant_social_worker"] = $"{nameof(PlanInput.Participants)}.{nameof(ParticipantsInput.SocialWorker)}",
            ["participant_coach"] = $"{nameof(PlanInput.Participants)}.{nameof(ParticipantsInput.Coach)}",
            ["participant_others"] = $"{nameof(PlanInput.Participants)}.{nameof(ParticipantsInput.Others)}",
        }),
    };

    private static readonly Dictionary<Type, RecordForm> ByRecord = new()
    {
        [typeof(PlanContent)] = new(typeof(PlanInput)),
        [typeof(Subgoal)] = new(typeof(SubgoalInput)),
        [typeof(PlanActivity)] = new(typeof(ActivityInput)),
        [typeof(InvestigationSections)] = new(typeof(InvestigationInput)),
    };

    public static RecordForm? OfTable(string table) => ByTable.GetValueOrDefault(table);

    public static RecordForm? OfRecord(Type? record) => record is null ? null : ByRecord.GetValueOrDefault(record);
}
