using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Guidance.Load;

/// <summary>
/// The one Markdig pipeline every page is parsed with. Built once: pipelines are immutable and
/// thread-safe, so pages parse in parallel against the same instance.
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Pipeline { get; } = Build();

    private static MarkdownPipeline Build() =>
        new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()            // link and heading positions for diagnostics
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub) // anchors that match GitHub previews
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseTaskLists()
            .UseAutoLinks()
            .UseCustomContainers()                 // ::: legal, ::: practice, ::: timescale callouts
            .UseGenericAttributes()                // {#old-anchor} keeps an anchor; must come last
            .Build();
}
