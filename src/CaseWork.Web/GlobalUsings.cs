// The namespaces nearly every page and filter of the Web project uses, besides the domain's (src/DomainUsings.cs); a
// file imports only what is particular to it.
global using System.ComponentModel.DataAnnotations;
global using System.Globalization;
global using System.Security.Claims;
global using CaseWork.Infrastructure.Auditing;
global using CaseWork.Infrastructure.Identity;
global using CaseWork.Infrastructure.Persistence;
global using CaseWork.Web.Access;
global using CaseWork.Web.Cases;
global using CaseWork.Web.Localization;
global using CaseWork.Web.Validation;
global using FluentValidation;
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
global using Microsoft.AspNetCore.Mvc.Rendering;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.Localization;
