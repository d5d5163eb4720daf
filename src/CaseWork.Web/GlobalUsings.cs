// The namespaces nearly every page and filter of the Web project uses; a file imports only what is particular to it.
global using System.Globalization;
global using CaseWork.Domain.Access;
global using CaseWork.Domain.Auditing;
global using CaseWork.Domain.Calendar;
global using CaseWork.Domain.Common;
global using CaseWork.Infrastructure.Auditing;
global using CaseWork.Infrastructure.Identity;
global using CaseWork.Infrastructure.Persistence;
global using CaseWork.Web.Access;
global using CaseWork.Web.Localization;
global using CaseWork.Web.Validation;
global using FluentValidation;
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.Localization;
