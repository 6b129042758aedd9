using Markdig;
using Markdig.Renderers;

namespace Guidance.Markdown.Extensions;

/// <summary>
/// An extension that changes how nodes are written as HTML (and, if it overrides
/// <see cref="Setup(MarkdownPipelineBuilder)"/>, what parsing leaves in the tree).
/// </summary>
public abstract class HtmlRendererExtension : IMarkdownExtension
{
    public virtual void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) Setup(html);
    }

    protected abstract void Setup(HtmlRenderer renderer);
}
