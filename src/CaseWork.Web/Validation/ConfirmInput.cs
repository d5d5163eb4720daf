namespace CaseWork.Web.Validation;

/// <summary>
/// An explicit yes to a step that cannot be taken back, or that touches many cases at once (starting a review of 234
/// cases, signing it, marking cases "Inga åtgärder"). The first post of the step changes nothing: the page states what
/// will happen and asks for the yes (<see cref="ConfirmStep"/>, drawn by <c>Shared/_ConfirmStep</c>). The second post
/// carries <see cref="Confirmed"/>, which the server requires, and <see cref="Count"/>, the number of cases the user saw,
/// so that a step which would now touch another number is asked again. No JavaScript is needed.
/// </summary>
public class ConfirmInput
{
    /// <summary>The field's model-state key: the page's property is named <c>Confirm</c>.</summary>
    public const string Key = "Confirm.Confirmed";

    /// <summary>Set by the confirmation's form: a missing yes is then an error, where a first post only shows it.</summary>
    public bool Shown { get; set; }

    public bool Confirmed { get; set; }

    /// <summary>How many cases the confirmation named.</summary>
    public int? Count { get; set; }
}

/// <summary>The confirmation a page shows: what will happen, the box to tick and where its form posts.</summary>
/// <param name="Id">The section's HTML id.</param>
/// <param name="Handler">The page handler that takes the step.</param>
/// <param name="Route">The route and query values the step's form keeps (the page of a list).</param>
/// <param name="Hidden">Other fields the step's form posts again (whose caseload).</param>
public sealed record ConfirmStep(
    ConfirmInput Confirm,
    string Id,
    string Handler,
    string Heading,
    IReadOnlyList<string> Lines,
    IReadOnlyList<string> Items,
    string Label,
    string Button,
    string CancelHref,
    IDictionary<string, string> Route,
    IReadOnlyDictionary<string, string> Hidden);

public static class Confirmations
{
    /// <summary>
    /// Whether the step may go ahead: the yes was given for <paramref name="count"/> cases. Otherwise the page shows the
    /// confirmation again: silently after the first post, with <paramref name="missing"/> beside the box when it was
    /// left unticked, and with <paramref name="changed"/> when the step would now touch another number of cases.
    /// </summary>
    public static bool IsConfirmed(this PageModel page, ConfirmInput input, int count, string missing, string changed)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(input);
        if (input.Confirmed && input.Count == count)
        {
            return true;
        }

        if (input.Confirmed)
        {
            page.ModelState.SetModelValue(ConfirmInput.Key, false, "false");
            page.ModelState.AddModelError(ConfirmInput.Key, changed);
        }
        else if (input.Shown)
        {
            page.ModelState.AddModelError(ConfirmInput.Key, missing);
        }

        input.Confirmed = false;
        input.Shown = true;
        input.Count = count;
        return false;
    }
}
