using System.IO.Compression;
using System.Xml.Linq;

namespace CaseWork.Web.Exports;

/// <summary>
/// MiniExcel names the workbook's SpreadsheetML elements with a prefix ("x:worksheet"), which the OpenXML schema allows
/// but streaming readers that match element names do not: ExcelJS finds no sheet in such a file. This rewrites those
/// parts with SpreadsheetML as the default namespace, as Excel itself writes them; other parts (a drawing's "xdr:",
/// which the same readers expect with its prefix) and everything else in a part stay as they are.
/// </summary>
public static class UnprefixedParts
{
    public static readonly XNamespace SpreadsheetMl = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Rewrites the package in place (updating a zip needs a seekable stream) and copies it to the output.</summary>
    public static void Copy(MemoryStream package, Stream output)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(output);
        using (var zip = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)).ToList())
            {
                XDocument part;
                using (var read = entry.Open())
                {
                    part = XDocument.Load(read);
                }

                if (!Unprefix(part.Root!))
                {
                    continue;
                }

                var name = entry.FullName;
                entry.Delete();
                using var write = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                part.Save(write, SaveOptions.DisableFormatting);
            }
        }

        package.Position = 0;
        package.CopyTo(output);
    }

    /// <summary>Drops the prefix of a SpreadsheetML part's namespace and declares it as the default; false for any other part or none.</summary>
    private static bool Unprefix(XElement root)
    {
        var own = root.Name.Namespace;
        if (own != SpreadsheetMl)
        {
            return false;
        }

        var prefixed = root.Attributes().Where(a => a.IsNamespaceDeclaration && a.Name.Namespace == XNamespace.Xmlns && a.Value == own.NamespaceName).ToList();
        if (prefixed.Count == 0)
        {
            return false;
        }

        prefixed.ForEach(a => a.Remove());
        root.SetAttributeValue("xmlns", own.NamespaceName);
        return true;
    }
}
