namespace CaseWork.Web.Pages.CaseReviews;

/// <summary>Which form field a review rule belongs beside; <paramref name="row"/> is the form row of the action.</summary>
public static class ReviewRuleFields
{
    public static string FieldFor(string code, int? row) => code switch
    {
        ReviewRuleCodes.DecisionMissing or ReviewRuleCodes.ActionsWithoutNeedsAction => "Input.Decision",
        ReviewRuleCodes.CommentTooLong => "Input.Comment",
        ReviewRuleCodes.NeedsActionWithoutAction => "Input.Actions[0].Description",
        ReviewRuleCodes.ActionTextMissing or ReviewRuleCodes.ActionTextTooLong => $"Input.Actions[{row}].Description",
        ReviewRuleCodes.ActionOwnerMissing or ReviewRuleCodes.ActionOwnerNotInUnit => $"Input.Actions[{row}].OwnerId",
        ReviewRuleCodes.ActionDueMissing or ReviewRuleCodes.ActionDueBeforeReview or CalendarRuleCodes.TooFarAhead => $"Input.Actions[{row}].DueOn",
        _ => string.Empty,
    };
}
