using Guidance.Render;

namespace Guidance.Tests.Render;

/// <summary>
/// Our include runs a partial in place when it is a statement; kept in a variable, piped or given
/// arguments, it behaves as Scriban's own include.
/// </summary>
public class LayoutIncludeTests : IDisposable
{
    private readonly string _layouts = Directory.CreateTempSubdirectory("guidance-layouts-").FullName;

    [Fact]
    public void A_statement_include_writes_the_partial_in_place_and_other_uses_keep_scribans_meaning()
    {
        Directory.CreateDirectory(Path.Combine(_layouts, "partials"));
        File.WriteAllText(Path.Combine(_layouts, "partials", "p.html"), "<b>{{ page.title }}</b>");
        File.WriteAllText(Path.Combine(_layouts, "partials", "args.html"), "<i>{{ $1 }}</i>");
        File.WriteAllText(Path.Combine(_layouts, "standard.html"),
            "A{{ include 'partials/p.html' }}B{{ x = include 'partials/p.html' }}C{{ x | string.upcase }}D{{ include 'partials/p.html' | string.size }}E{{ include 'partials/args.html' '!' }}");
        var templates = new TemplateSet(_layouts);

        var html = templates.Render("standard.html", new { page = new { title = "T" } });

        Assert.Equal("A<b>T</b>BC<B>T</B>D8E<i>!</i>", html);
    }

    [Fact]
    public void A_partial_that_includes_itself_is_stopped_with_a_layout_error()
    {
        Directory.CreateDirectory(Path.Combine(_layouts, "partials"));
        File.WriteAllText(Path.Combine(_layouts, "partials", "loop.html"), "x{{ include 'partials/loop.html' }}");
        File.WriteAllText(Path.Combine(_layouts, "standard.html"), "{{ include 'partials/loop.html' }}");

        var error = Assert.Throws<LayoutException>(() => new TemplateSet(_layouts).Render("standard.html", new { }));

        Assert.Contains("loop.html:1:", error.Message);
        Assert.Contains("does a layout include itself?", error.Message);
    }

    [Fact]
    public void Partials_share_the_including_layouts_variables_both_ways()
    {
        Directory.CreateDirectory(Path.Combine(_layouts, "partials"));
        File.WriteAllText(Path.Combine(_layouts, "partials", "set.html"), "{{ y = items.size }}");
        File.WriteAllText(Path.Combine(_layouts, "standard.html"), "{{ items = [1, 2, 3]; include 'partials/set.html' }}{{ y }}");

        Assert.Equal("3", new TemplateSet(_layouts).Render("standard.html", new { }));
    }

    [Fact]
    public void A_page_larger_than_the_layout_buffer_renders_whole_and_the_next_render_starts_empty()
    {
        File.WriteAllText(Path.Combine(_layouts, "standard.html"), "<main>{{ body }}</main>");
        var templates = new TemplateSet(_layouts);
        var big = new string('y', 200_000);

        Assert.Equal("<main>" + big + "</main>", templates.Render("standard.html", new { body = big }));
        Assert.Equal("<main>small</main>", System.Text.Encoding.UTF8.GetString(templates.RenderUtf8("standard.html", new { body = "small" })));
    }

    public void Dispose() => Directory.Delete(_layouts, recursive: true);
}
