using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Guidance.Markdown.Extensions;

/// <summary><c>UseCallouts()</c>: custom containers are written as <see cref="CalloutRenderer"/> says, after <c>UseCustomContainers()</c>.</summary>
public sealed class CalloutsExtension : HtmlRendererExtension
{
    protected override void Setup(HtmlRenderer renderer) => renderer.ObjectRenderers.Replace<HtmlCustomContainerRenderer>(new CalloutRenderer());
}

/// <summary>
/// The callouts authors write as Markdig custom containers, <c>::: legal</c>, <c>::: practice</c> and
/// <c>::: timescale</c>: a box with its title, announced to screen readers as a note of that name
/// (role=note with aria-label; the visible title is hidden from them so it is not read twice). Any
/// other container is written as its content in a plain <c>div</c>, never with the author's class.
/// </summary>
public sealed class CalloutRenderer : HtmlObjectRenderer<CustomContainer>
{
    /// <summary>Each callout's container name and the title shown and announced.</summary>
    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["legal"] = "Legal requirement",
        ["practice"] = "Practice point",
        ["timescale"] = "Timescale",
    };

    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        renderer.EnsureLine();
        var name = (container.Info ?? "").Trim();
        if (Kinds.TryGetValue(name, out var title))
        {
            var kind = name.ToLowerInvariant();
            renderer.Write($"<div class=\"callout callout-{kind}\" role=\"note\" aria-label=\"{title}\">");
            renderer.WriteLine($"<p class=\"callout-title\" aria-hidden=\"true\">{title}</p>");
        }
        else
        {
            renderer.Write("<div>");
        }
        renderer.WriteChildren(container);
        renderer.WriteLine("</div>");
    }
}
