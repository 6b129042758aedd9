using Guidance.Markdown.Extensions;
using Guidance.Model;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;

namespace Guidance.Markdown;

/// <summary>
/// The one place Markdig pipelines are built. Every body is parsed with the same Markdown features
/// (<see cref="Reading"/>, for outlines and search); a site renders with those and our own extensions,
/// one <c>UseX()</c> each, as Markdig's own are added. Pipelines are immutable and thread-safe, so
/// pages parse and render in parallel against one instance.
/// </summary>
public static class MarkdownPipelines
{
    /// <summary>The Markdown every page is written in, for reading a body's outline and its words.</summary>
    public static MarkdownPipeline Reading { get; } = Markdown().Build();

    public static MarkdownDocument Parse(string text) => Markdig.Markdown.Parse(text, Reading);

    /// <summary>
    /// The pipeline a site's bodies render with: the same Markdown, links written as site URLs (an
    /// internal-only link to a page the edition leaves out as words), attributes limited to ids and
    /// classes, glossary terms marked, section headings with their copy links, and callouts.
    /// </summary>
    public static MarkdownPipeline Rendering(Site site, LinkResolver links) =>
        Markdown()
            .UseSiteLinks(links)
            .UseInternalOnlyLinks(links)          // wraps the site links' renderer, so after it
            .UseSafeAttributes()
            .UseGlossaryTerms(GlossaryMarker.For(site.Glossary), site.Url(SitePaths.Glossary))
            .UseHeadingLinks()
            .UseCallouts()
            .Build();

    private static MarkdownPipelineBuilder Markdown() =>
        new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()            // link and heading positions for diagnostics
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub) // anchors that match GitHub previews
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseTaskLists()
            .UseAutoLinks()
            .UseCustomContainers()                 // ::: legal, ::: practice, ::: timescale callouts
            .UseGenericAttributes();               // {#old-anchor} keeps an anchor; last of the parsers

    public static MarkdownPipelineBuilder UseSiteLinks(this MarkdownPipelineBuilder pipeline, LinkResolver links) => Add(pipeline, new SiteLinksExtension(links));

    public static MarkdownPipelineBuilder UseInternalOnlyLinks(this MarkdownPipelineBuilder pipeline, LinkResolver links) => Add(pipeline, new InternalOnlyLinksExtension(links));

    public static MarkdownPipelineBuilder UseSafeAttributes(this MarkdownPipelineBuilder pipeline) => Add(pipeline, new SafeAttributesExtension());

    public static MarkdownPipelineBuilder UseGlossaryTerms(this MarkdownPipelineBuilder pipeline, GlossaryMarker marker, string glossaryUrl) =>
        Add(pipeline, new GlossaryTermsExtension(marker, glossaryUrl));

    public static MarkdownPipelineBuilder UseHeadingLinks(this MarkdownPipelineBuilder pipeline) => Add(pipeline, new HeadingLinksExtension());

    public static MarkdownPipelineBuilder UseCallouts(this MarkdownPipelineBuilder pipeline) => Add(pipeline, new CalloutsExtension());

    private static MarkdownPipelineBuilder Add(MarkdownPipelineBuilder pipeline, IMarkdownExtension extension)
    {
        pipeline.Extensions.Add(extension);
        return pipeline;
    }
}
