using System.Collections;
using System.Globalization;
using System.Reflection;
using CaseWork.Domain.Calendar;
using CaseWork.Web.Localization;
using CaseWork.Web.Tests.Infrastructure;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CaseWork.Web.Tests.Validation;

/// <summary>
/// Issue 16: a message names its field ("Gäller från ska vara ett datum som ÅÅÅÅ-MM-DD."), never only "the date". Every
/// validator the app registers is given text that is no date, a date in year one and one in year 9999, in both languages.
/// </summary>
public class FieldNamingTests(AppFixture app) : AppTest(app)
{
    private static readonly string[] GenericKeys =
    [
        "Enter a date as YYYY-MM-DD.",
        "Enter the date as YYYY-MM-DD.",
        "The date cannot be in the future.",
        "Enter the month as YYYY-MM, for example 2026-11.",
        "Enter the month as YYYY-MM.",
        CalendarRuleCodes.TooEarly,
        CalendarRuleCodes.TooFarAhead,
    ];

    private static readonly string[] Typed = ["i går", "0001-01-01", "9999-12-31"];

    [Theory]
    [InlineData(Cultures.Swedish, "Fältet")]
    [InlineData(Cultures.English, "This field")]
    public async Task EveryValidatorsDateAndMonthMessages_NameTheirField(string culture, string unnamed)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
        try
        {
            await using var scope = App.Factory.Services.CreateAsyncScope();
            var l = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
            var generic = GenericKeys.Select(k => l[k].Value).ToHashSet();
            var messages = new List<(string Validator, string Property, string Message)>();
            foreach (var model in ValidatedTypes())
            {
                var validator = (IValidator)scope.ServiceProvider.GetRequiredService(typeof(IValidator<>).MakeGenericType(model));
                foreach (var typed in Typed)
                {
                    foreach (var instance in Instances(model, typed))
                    {
                        var result = await validator.ValidateAsync(new ValidationContext<object>(instance));
                        messages.AddRange(result.Errors.Select(e => (model.Name, e.PropertyName, e.ErrorMessage)));
                    }
                }
            }

            messages.Where(m => generic.Contains(m.Message) || m.Message.Contains(unnamed, StringComparison.Ordinal) || m.Message.Contains('{', StringComparison.Ordinal))
                .ShouldBeEmpty();
            var texts = messages.Select(m => m.Message).ToHashSet();
            texts.ShouldContain(culture == Cultures.Swedish ? "Händelsedatum ska vara ett datum som ÅÅÅÅ-MM-DD." : "Date of the event must be a date as YYYY-MM-DD.");
            texts.ShouldContain(culture == Cultures.Swedish ? "Mottagen den ska vara ett datum som ÅÅÅÅ-MM-DD." : "Received on must be a date as YYYY-MM-DD.");
            texts.ShouldContain(culture == Cultures.Swedish ? "Gäller från ligger för långt tillbaka i tiden: kontrollera året (tidigast 2000-01-01)." : "Valid from is too far back: check the year (the earliest is 2000-01-01).");
            texts.ShouldContain(culture == Cultures.Swedish ? "Gjord den ska vara ett datum som ÅÅÅÅ-MM-DD." : "Made on must be a date as YYYY-MM-DD.");
            texts.ShouldContain(culture == Cultures.Swedish ? "Avslutsdatum kan inte ligga i framtiden." : "Closing date cannot be in the future.");
        }
        finally
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = before;
        }
    }

    /// <summary>The forms' input types that have a validator in the Web project (nested validators are reached through them).</summary>
    private static IEnumerable<Type> ValidatedTypes() => typeof(SharedResource).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsNested: false } && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
        .Select(t => t.BaseType!.GetGenericArguments()[0])
        .Distinct();

    /// <summary>
    /// The model with every text typed as <paramref name="typed"/> and one filled row in each list; one instance per value
    /// of the first choice the handler sets (an enum property), so that each conditional rule is reached.
    /// </summary>
    private static IEnumerable<object> Instances(Type model, string typed)
    {
        var choice = model.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .FirstOrDefault(p => p.PropertyType.IsEnum && p.CanWrite);
        object?[] values = choice is null ? [null] : Enum.GetValues(choice.PropertyType).Cast<object?>().ToArray();
        foreach (var value in values)
        {
            if (Filled(model, typed, 0) is not { } instance)
            {
                continue;
            }

            choice?.SetValue(instance, value);
            yield return instance;
        }
    }

    private static object? Filled(Type type, string typed, int depth)
    {
        if (depth > 3)
        {
            return null;
        }

        if (type.GetConstructor(Type.EmptyTypes) is null)
        {
            // A positional record of texts.
            return type.GetConstructors().FirstOrDefault(c => c.GetParameters().All(p => p.ParameterType == typeof(string))) is { } texts
                ? texts.Invoke(texts.GetParameters().Select(_ => (object?)typed).ToArray())
                : null;
        }

        var instance = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            var kind = property.PropertyType;
            if (kind == typeof(string))
            {
                property.SetValue(instance, typed);
            }
            else if (kind.IsGenericType && kind.GetGenericTypeDefinition() == typeof(List<>) && kind.GetGenericArguments()[0] is { IsClass: true } row && row != typeof(string))
            {
                var list = (IList)Activator.CreateInstance(kind)!;
                if (Filled(row, typed, depth + 1) is { } item)
                {
                    list.Add(item);
                }

                property.SetValue(instance, list);
            }
            else if (kind.IsClass && kind.Namespace?.StartsWith("CaseWork.Web", StringComparison.Ordinal) == true && Filled(kind, typed, depth + 1) is { } child)
            {
                property.SetValue(instance, child);
            }
        }

        return instance;
    }
}
