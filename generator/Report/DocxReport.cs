using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Guidance.Model;

namespace Guidance.Report;

/// <summary>
/// The board paper as a Word document: a title and date, the summary figures as a table, then a
/// heading and an action table per area with the status cell shaded in its RAG colour (its words
/// always beside the colour). A4 portrait; the header row repeats on every page a table runs onto.
/// </summary>
public static class DocxReport
{
    // A4 in twentieths of a point, 18 mm margins; the action table's columns fill the width between them.
    private const int PageWidth = 11906, PageHeight = 16838, Margin = 1020;
    private static readonly int[] ActionColumns = [700, 4600, 2100, 1066, 1400];

    public static byte[] Write(PlanReport report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
            // Named part ids: generated ones differ from run to run, and the report must not.
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyles.Create();
            main.Document = new Document(Body(report));
        }
        return FixedZip.Repack(stream.ToArray());
    }

    private static Body Body(PlanReport report)
    {
        var body = new Body();
        body.Append(Paragraph(report.Title + ": board report", "Title"));
        body.Append(Paragraph($"Position at {Dates.Display(report.Today)}, from {report.SourcePath}. Actions past their due date and not complete are reported as overdue, with the status the plan gives them beside it.", null));
        body.Append(Paragraph("Summary", "Heading1"));
        body.Append(Paragraph(report.Total.Sentence(), null));
        body.Append(FiguresTable(report));
        foreach (var area in report.Areas)
        {
            body.Append(Paragraph(area.Heading, "Heading1"));
            body.Append(Paragraph(area.Figures.Sentence() + (area.Figures.Count(ReportStatus.Overdue) > 0 ? " Overdue actions are listed first." : ""), null));
            if (area.Actions.Count > 0) body.Append(ActionTable(area));
        }
        body.Append(new SectionProperties(
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin, Header = 567, Footer = 567 }));
        return body;
    }

    private static Table FiguresTable(PlanReport report)
    {
        string[] header = ["Area", "Actions", .. ReportStatuses.All.Select(s => s.Label), $"Due in {ActionStatuses.DueSoonDays} days"];
        int[] widths = [2386, .. Enumerable.Repeat(935, header.Length - 1)];
        var table = NewTable(widths);
        table.Append(Row(header.Select(h => Cell(h, bold: true)), widths, header: true));
        foreach (var area in report.Areas)
            table.Append(Row(FigureCells(area.Number.Length == 0 ? area.Title : $"{area.Number}. {area.Title}", area.Figures, bold: false), widths));
        table.Append(Row(FigureCells("All areas", report.Total, bold: true), widths));
        return table;
    }

    private static IEnumerable<TableCell> FigureCells(string label, StatusFigures figures, bool bold) =>
        new[] { Cell(label, bold), Cell(figures.Actions.ToString(), bold) }
            .Concat(figures.ByStatus.Select(n => Cell(n.ToString(), bold)))
            .Append(Cell(figures.DueSoon.ToString(), bold));

    private static readonly string[] ActionHeadings = ["Id", "Action", "Leads", "Due", "Status (RAG)"];

    private static Table ActionTable(ReportArea area)
    {
        var table = NewTable(ActionColumns);
        table.Append(Row(ActionHeadings.Select(h => Cell(h, bold: true)), ActionColumns, header: true));
        foreach (var action in area.BoardOrder)
        {
            var status = ReportStatuses.Of(action.Shown);
            table.Append(Row(
            [
                Cell(action.Id, false), Cell(action.Text, false), Cell(string.Join("; ", action.Leads), false), Cell(action.DueLabel, false),
                Cell($"{action.StatusText} ({status.Rag})", action.Overdue, status.Fill),
            ], ActionColumns));
        }
        return table;
    }

    private static Table NewTable(int[] widths)
    {
        var border = () => new BorderType[]
        {
            new TopBorder { Val = BorderValues.Single, Size = 4, Color = "808080" }, new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "808080" }, new RightBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
        };
        return new Table(
            new TableProperties(
                new TableWidth { Width = widths.Sum().ToString(), Type = TableWidthUnitValues.Dxa },
                // The schema's order: width, borders, layout, cell margins.
                new TableBorders(border()),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
    }

    private static TableRow Row(IEnumerable<TableCell> cells, int[] widths, bool header = false)
    {
        var row = new TableRow();
        // A row is never split across pages; a header row repeats at the top of each page.
        var properties = new TableRowProperties(new CantSplit());
        if (header) properties.Append(new TableHeader());
        row.Append(properties);
        var i = 0;
        foreach (var cell in cells)
        {
            cell.TableCellProperties!.PrependChild(new TableCellWidth { Width = widths[i++].ToString(), Type = TableWidthUnitValues.Dxa });
            row.Append(cell);
        }
        return row;
    }

    private static TableCell Cell(string text, bool bold, string? fill = null)
    {
        var properties = new TableCellProperties();
        if (fill is not null) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        return new TableCell(properties, Paragraph(text, "TableText", bold));
    }

    private static Paragraph Paragraph(string text, string? style, bool bold = false)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        var run = new Run();
        if (bold) run.Append(new RunProperties(new Bold()));
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        paragraph.Append(run);
        return paragraph;
    }
}
