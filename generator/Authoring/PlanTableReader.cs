using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Guidance.Authoring;

/// <summary>
/// Reads a plan table from .tsv (or a .txt copy of one), .csv or .xlsx into rows of cells, each with
/// the line or sheet row it came from so every report can point back at the source.
/// </summary>
public static class PlanTableReader
{
    public static IReadOnlyList<TableRow> Read(string path)
    {
        if (!File.Exists(path)) throw new AuthoringException($"the table '{path}' does not exist");
        try
        {
            return Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".tsv" or ".txt" => ReadTsv(path),
                ".csv" => ReadCsv(path),
                ".xlsx" => ReadXlsx(path),
                var other => throw new AuthoringException($"'{path}' is not a table this command reads ({(other.Length == 0 ? "no extension" : other)}); use .tsv, .csv or .xlsx"),
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CsvFormatException
                                       or InvalidDataException or FormatException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException
                                       or System.Xml.XmlException)
        {
            // One line, whatever the library's message holds.
            throw new AuthoringException($"cannot read '{path}': {string.Join(' ', ex.Message.Split((char[]?)['\r', '\n'], StringSplitOptions.RemoveEmptyEntries))}");
        }
    }

    // Tab-separated text as copied out of a Word or PDF table: no quoting, one row per line.
    private static List<TableRow> ReadTsv(string path) =>
        File.ReadAllLines(path).Select((line, i) => new TableRow(i + 1, line.Split('\t'))).ToList();

    private static List<TableRow> ReadCsv(string path)
    {
        // Rows of a plan have as many cells as they have; the parser, not the reader, decides what a short row means.
        var options = CsvReaderOptions.Default with
        {
            HasHeader = false,
            Separator = ',',
            TrackLineNumbers = true,
            SkipEmptyLines = false,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
        };
        using var reader = CsvReader.FromFile(path, options);
        var rows = new List<TableRow>();
        while (reader.Read())
        {
            var cells = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i)).ToList();
            rows.Add(new TableRow((int)reader.LineNumber, cells));
        }
        return rows;
    }

    // The first worksheet; the "line" is the sheet's row number, as Excel shows it.
    private static List<TableRow> ReadXlsx(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart ?? throw new AuthoringException($"'{path}' has no workbook");
        var firstSheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault()
            ?? throw new AuthoringException($"'{path}' has no worksheet");
        if (firstSheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart sheet || sheet.Worksheet is null)
            throw new AuthoringException($"'{path}' has no worksheet");
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];

        var rows = new SortedDictionary<int, List<string>>();
        foreach (var row in sheet.Worksheet.Descendants<Row>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                while (cells.Count < column) cells.Add("");
                cells.Add(CellText(cell, shared));
            }
            rows[(int)(row.RowIndex?.Value ?? (uint)rows.Count + 1)] = cells;
        }
        var merges = sheet.Worksheet.Descendants<MergeCell>().Select(m => MergedRange.Parse(m.Reference?.Value)).OfType<MergedRange>().ToList();
        return MergedHeaders.Apply(rows, merges);
    }

    private static string CellText(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        var value = cell.CellValue?.Text ?? "";
        return cell.DataType?.Value == CellValues.SharedString && int.TryParse(value, out var i) && i < shared.Count ? shared[i] : value;
    }

    // "C12" -> 2 (zero-based).
    internal static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter)) index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return index == 0 ? null : index - 1;
    }
}
