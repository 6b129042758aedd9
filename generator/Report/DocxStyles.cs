using DocumentFormat.OpenXml.Wordprocessing;

namespace Guidance.Report;

/// <summary>The few paragraph styles the board report uses, defined in the document so every reader shows them alike.</summary>
internal static class DocxStyles
{
    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" },
                new FontSize { Val = "22" }, new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph("Normal", "Normal", null, isDefault: true),
        Paragraph("Title", "Title", new StyleRunProperties(new Bold(), new FontSize { Val = "40" }), spacingAfter: "240"),
        Paragraph("Heading1", "heading 1", new StyleRunProperties(new Bold(), new FontSize { Val = "28" }), spacingAfter: "120", spacingBefore: "360", outline: 0),
        Paragraph("TableText", "Table text", new StyleRunProperties(new FontSize { Val = "18" }), spacingAfter: "0"));

    private static Style Paragraph(string id, string name, StyleRunProperties? run, bool isDefault = false, string? spacingAfter = null, string? spacingBefore = null, int? outline = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        if (!isDefault) style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle());
        var paragraph = new StyleParagraphProperties();
        // The schema's order: keepNext, spacing, outlineLvl; an attribute set to null would be written empty.
        if (outline is not null) paragraph.Append(new KeepNext());
        if (spacingAfter is not null || spacingBefore is not null)
        {
            var spacing = new SpacingBetweenLines();
            if (spacingBefore is not null) spacing.Before = spacingBefore;
            if (spacingAfter is not null) spacing.After = spacingAfter;
            paragraph.Append(spacing);
        }
        if (outline is not null) paragraph.Append(new OutlineLevel { Val = outline });
        if (paragraph.HasChildren) style.Append(paragraph);
        if (run is not null) style.Append(run);
        return style;
    }
}
