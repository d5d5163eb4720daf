using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CaseWork.Infrastructure.Records;
using CaseWork.Web.Exports;

namespace CaseWork.Web.Pages.Admin.Records;

/// <summary>
/// The record extract as a JSON file: when and by whom it was produced, the person, every table's rows as the database
/// holds them (ids included), and the access log. Indented UTF-8, letters such as å, ä and ö written as they are.
/// </summary>
public static class ExtractFile
{
    public const string ContentType = "application/json; charset=utf-8";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Every letter as itself; the characters that matter in HTML are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static FileResult For(RecordExtract extract, DateTimeOffset producedAt, string producedByUserName, string producedByName)
    {
        ArgumentNullException.ThrowIfNull(extract);
        var name = $"registerutdrag-{producedAt.InSweden().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.json";
        return new ExportFileResult(ContentType, name, stream => Write(stream, extract, producedAt, producedByUserName, producedByName));
    }

    public static void Write(Stream stream, RecordExtract extract, DateTimeOffset producedAt, string producedByUserName, string producedByName)
    {
        ArgumentNullException.ThrowIfNull(extract);
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteString("producedAt", producedAt);
        json.WriteStartObject("producedBy");
        json.WriteString("userName", producedByUserName);
        json.WriteString("name", producedByName);
        json.WriteEndObject();

        var person = extract.Person;
        json.WriteStartObject("person");
        json.WriteString("id", extract.ApplicantId);
        json.WriteString("firstName", person.FirstName);
        json.WriteString("lastName", person.LastName);
        json.WriteString("personalIdentityNumber", PersonalIdentityNumber.FromStored(person.PersonalIdentityNumber).ToString());
        json.WriteBoolean("protectedIdentity", person.HasProtectedIdentity);
        json.WriteEndObject();

        json.WriteStartObject("tables");
        foreach (var table in extract.Tables)
        {
            json.WritePropertyName(table.Name);
            table.Rows.WriteTo(json);
        }

        json.WriteEndObject();
        json.WritePropertyName("accessLog");
        extract.AccessLog.WriteTo(json);
        json.WriteEndObject();
    }
}
