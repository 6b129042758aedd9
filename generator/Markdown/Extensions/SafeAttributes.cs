using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Guidance.Markdown.Extensions;

/// <summary>
/// <c>UseSafeAttributes()</c>: generic attributes (<c>{#old-anchor .note}</c>) may set ids and classes
/// only; anything else, such as an event handler, is dropped as the body is parsed, so content cannot
/// inject script through them.
/// </summary>
public sealed class SafeAttributesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Strip;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private static void Strip(MarkdownDocument body)
    {
        foreach (var node in body.Descendants())
        {
            if (node.TryGetAttributes() is { Properties: { Count: > 0 } properties }) properties.Clear();
        }
    }
}
