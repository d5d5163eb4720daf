using System.Reflection;
using CaseWork.Domain.Access;

namespace CaseWork.Domain.Tests.Architecture;

/// <summary>
/// The domain is plain C#: its rules are tested without a database or a web host, and the persistence and the pages
/// depend on it, never the other way round (docs/architecture.md, "Projects and dependencies").
/// </summary>
public class DomainPurityTests
{
    private static readonly Assembly Domain = typeof(AccessScope).Assembly;

    private static readonly string[] Forbidden =
        ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "CaseWork.Infrastructure", "CaseWork.Web"];

    [Fact]
    public void TheDomain_ReferencesNoPersistenceWebOrOuterLayer()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.Where(name => Forbidden.Any(f => name == f || name.StartsWith(f + ".", StringComparison.Ordinal)))
            .ShouldBeEmpty($"CaseWork.Domain references: {string.Join(", ", references)}");
    }

    [Fact]
    public void NoDomainTypeOrMember_UsesATypeOfAnOuterLayer()
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var problems = new List<string>();
        foreach (var type in Domain.GetTypes())
        {
            var used = new List<Type?> { type.BaseType };
            used.AddRange(type.GetInterfaces());
            used.AddRange(type.GetFields(All).Select(f => f.FieldType));
            used.AddRange(type.GetProperties(All).Select(p => p.PropertyType));
            used.AddRange(type.GetMethods(All).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)));
            used.AddRange(type.GetConstructors(All).SelectMany(c => c.GetParameters().Select(p => p.ParameterType)));
            used.AddRange(type.GetCustomAttributesData().Select(a => a.AttributeType));
            problems.AddRange(used.OfType<Type>().SelectMany(Flatten)
                .Where(t => t.Namespace is { } ns && Forbidden.Any(f => ns == f || ns.StartsWith(f + ".", StringComparison.Ordinal)))
                .Select(t => $"{type.FullName} uses {t.FullName}"));
        }

        problems.Distinct().ShouldBeEmpty();
        Domain.GetTypes().Length.ShouldBeGreaterThan(50);
    }

    private static IEnumerable<Type> Flatten(Type type)
    {
        yield return type;
        var inner = type.HasElementType ? [type.GetElementType()!] : type.IsGenericType ? type.GetGenericArguments() : [];
        foreach (var t in inner.SelectMany(Flatten))
        {
            yield return t;
        }
    }
}
