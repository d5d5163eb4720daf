// The namespaces nearly every query, configuration and seeder of the Infrastructure project uses, besides the domain's
// (src/DomainUsings.cs); a file imports only what is particular to it.
global using CaseWork.Infrastructure.Identity;
global using CaseWork.Infrastructure.Persistence;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.EntityFrameworkCore.Metadata.Builders;
