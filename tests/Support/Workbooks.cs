using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Guidance.Authoring;

namespace Guidance.Tests.Support;

/// <summary>Writes the Excel workbooks the import tests read, as councils' trackers are laid out.</summary>
public static class Workbooks
{
    /// <summary>
    /// A one-sheet workbook with every cell as inline text, as Excel keeps "1.10" typed as text, and
    /// the merged ranges given ("A2:A3"), whose text is in their first cell as in Excel.
    /// </summary>
    public static void Write(string path, IEnumerable<TableRow> rows, params string[] merges)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var row in rows)
        {
            var sheetRow = new Row { RowIndex = (uint)row.Line };
            for (var i = 0; i < row.Cells.Count; i++)
            {
                if (row.Cells[i].Length == 0) continue;
                sheetRow.Append(new Cell
                {
                    CellReference = $"{(char)('A' + i)}{row.Line}",
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(row.Cells[i])),
                });
            }
            data.Append(sheetRow);
        }
        sheetPart.Worksheet = new Worksheet(data);
        if (merges.Length > 0)
            sheetPart.Worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Length });
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Plan" }));
    }
}
