using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CaseWork.Web.Validation;

public static class ValidationExtensions
{
    /// <summary>Runs the validator and copies its errors into model state under <paramref name="prefix"/>.</summary>
    public static async Task<bool> ValidateIntoAsync<T>(
        this IValidator<T> validator, T model, ModelStateDictionary modelState, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(modelState);
        var result = await validator.ValidateAsync(model);
        foreach (var error in result.Errors)
        {
            var key = string.IsNullOrEmpty(prefix) ? error.PropertyName : $"{prefix}.{error.PropertyName}";
            if (modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                continue; // one message per field is enough
            }

            modelState.AddModelError(key, error.ErrorMessage);
        }

        return modelState.IsValid;
    }
}
