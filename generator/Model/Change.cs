namespace Guidance.Model;

/// <summary>One entry of a page's <c>changes:</c> list: when the guidance changed and what changed.</summary>
public sealed record Change(Located<string>? Date, Located<string>? Summary, SourceLocation Location)
{
    public DateOnly? Day => Dates.ParseDay(Date?.Value);
}
