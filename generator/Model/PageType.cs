namespace Guidance.Model;

public enum PageType { Standard, Guide, Panel, Continuum, Plan, Strategy, Page }

/// <summary>What each page type is called, where it lives and how it is labelled on the site.</summary>
public static class PageTypes
{
    public sealed record Info(PageType Type, string Name, string Folder, string Singular, string Plural);

    public static readonly IReadOnlyList<Info> All =
    [
        new(PageType.Standard, "standard", "standards", "Practice standard", "Practice standards"),
        new(PageType.Guide, "guide", "guides", "One-minute guide", "One-minute guides"),
        new(PageType.Panel, "panel", "panels", "Panel", "Panels and meetings"),
        new(PageType.Continuum, "continuum", "continuum", "Continuum of needs", "Continuum of needs"),
        new(PageType.Plan, "plan", "plans", "Improvement plan", "Improvement plans"),
        new(PageType.Strategy, "strategy", "strategies", "Strategy", "Strategies"),
        new(PageType.Page, "page", "", "Page", "Pages"),
    ];

    public static Info Of(PageType type) => All.First(i => i.Type == type);

    public static PageType? FromName(string name) => All.FirstOrDefault(i => i.Name == name)?.Type;

    /// <summary>The type a page gets from its top folder when its front matter names none.</summary>
    public static PageType FromFolder(string topFolder) =>
        All.FirstOrDefault(i => i.Folder.Length > 0 && i.Folder == topFolder)?.Type ?? PageType.Page;

    public static string Names => string.Join(", ", All.Select(i => i.Name));
}
