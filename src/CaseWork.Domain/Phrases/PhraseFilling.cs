using System.Globalization;
using System.Text;
using CaseWork.Domain.Referrals;

namespace CaseWork.Domain.Phrases;

/// <summary>
/// What a case offers a phrase's placeholders. A value the case does not have (no plan, no follow-up due) is null,
/// and its placeholder stays in the text for the worker to fill by hand.
/// </summary>
/// <param name="Name">The applicant's name as the case file writes it.</param>
/// <param name="Month">The month the text is about (the monthly check's month, or the current month).</param>
/// <param name="Program">The programme or activity the applicant takes part in.</param>
/// <param name="Date">The date the text is written or the event happened.</param>
/// <param name="PlanFrom">The first day of the active plan's period.</param>
/// <param name="PlanTo">The last day of the active plan's period.</param>
/// <param name="NextFollowUp">The next follow-up due for the case.</param>
public sealed record PhraseCase(
    string? Name,
    DateOnly? Month,
    string? Program,
    DateOnly? Date,
    DateOnly? PlanFrom = null,
    DateOnly? PlanTo = null,
    DateOnly? NextFollowUp = null)
{
    /// <summary>The programme as the case file names it (always Swedish, whatever the user's language).</summary>
    public static string ProgramName(ReferralProgram program) => program switch
    {
        ReferralProgram.Resurs => "Jobbtorg Resurs",
        _ => "Jobbtorg Stockholm",
    };
}

/// <summary>
/// Fills a phrase's placeholders from the case, in Swedish as the case file is written: <c>{namn}</c>, <c>{månad}</c>
/// ("december 2026"), <c>{program}</c>, <c>{datum}</c>, <c>{planperiod}</c> ("2026-09-01–2027-02-28") and
/// <c>{uppföljning}</c> (the next follow-up date). Placeholders are matched without regard to case. An unknown
/// placeholder, or one the case has no value for, is left as written so that the worker sees it; nothing is dropped.
/// </summary>
public static class PhraseFilling
{
    /// <summary>The placeholders a phrase may hold, as the user guide and the phrase form list them.</summary>
    public static IReadOnlyList<string> Placeholders { get; } = ["{namn}", "{månad}", "{program}", "{datum}", "{planperiod}", "{uppföljning}"];

    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static string Fill(string text, PhraseCase values)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(values);

        var filled = new StringBuilder(text.Length + 32);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('{', i);
            var close = open < 0 ? -1 : text.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                filled.Append(text, i, text.Length - i);
                break;
            }

            filled.Append(text, i, open - i);
            var name = text.Substring(open + 1, close - open - 1);

            // A brace inside the name means the first '{' was a lone one: keep it and look again from the next.
            if (name.Contains('{', StringComparison.Ordinal))
            {
                var next = text.IndexOf('{', open + 1);
                filled.Append(text, open, next - open);
                i = next;
                continue;
            }

            filled.Append(ValueOf(name, values) ?? text.Substring(open, close - open + 1));
            i = close + 1;
        }

        return filled.ToString();
    }

    /// <summary>
    /// The server's insertion when no script runs: the filled phrase after everything typed, on a line of its own
    /// (a space when the text ends mid-line is not enough to tell them apart), never replacing a character.
    /// </summary>
    public static string AppendTo(string? typed, string filled)
    {
        ArgumentNullException.ThrowIfNull(filled);
        if (string.IsNullOrEmpty(typed))
        {
            return filled;
        }

        return typed.EndsWith('\n') ? typed + filled : typed + "\n" + filled;
    }

    private static string? ValueOf(string name, PhraseCase values) => name.Trim().ToLower(Swedish) switch
    {
        "namn" => NonEmpty(values.Name),
        "månad" => values.Month?.ToString("MMMM yyyy", Swedish),
        "program" => NonEmpty(values.Program),
        "datum" => Iso(values.Date),
        "planperiod" => values.PlanFrom is { } from && values.PlanTo is { } to ? $"{Iso(from)}–{Iso(to)}" : null,
        "uppföljning" => Iso(values.NextFollowUp),
        _ => null,
    };

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
