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
            modelState.AddOnce(string.IsNullOrEmpty(prefix) ? error.PropertyName : $"{prefix}.{error.PropertyName}", error.ErrorMessage);
        }

        return modelState.IsValid;
    }

    /// <summary>
    /// Runs the validator and puts every message under one model-state key: for a row's small form whose fields share
    /// one message line (the key names the row, not a property).
    /// </summary>
    public static async Task<bool> ValidateIntoKeyAsync<T>(this IValidator<T> validator, T model, ModelStateDictionary modelState, string key)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(modelState);
        var result = await validator.ValidateAsync(model);
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(key, error.ErrorMessage);
        }

        return modelState.IsValid;
    }
}
