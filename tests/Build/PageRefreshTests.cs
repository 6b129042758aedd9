using System.Text;
using Guidance.Build;
using Guidance.Tests.Support;

namespace Guidance.Tests.Build;

/// <summary>
/// The preview's quick path: an edited page re-rendered alone against the last build, and every edit
/// it cannot judge on its own left to the whole build (null).
/// </summary>
public sealed class PageRefreshTests : IDisposable
{
    private const string Source = "standards/supervision.md";
    private readonly TempSite _site = TempSite.From();
    private readonly BuildResult _built;
    private readonly string _text;

    public PageRefreshTests()
    {
        _built = SiteBuild.RenderInMemory(new BuildOptions(_site.Content, null, new DateOnly(2024, 6, 1)));
        Assert.True(_built.Succeeded);
        _text = File.ReadAllText(Path.Combine(_site.Content, Source));
    }

    public void Dispose()
    {
        _built.Refresh?.Dispose();
        _site.Dispose();
    }

    private IReadOnlyList<Guidance.Model.OutputFile>? After(string text, string file = Source)
    {
        _site.Write(file, text);
        return _built.Refresh!.TryRender([Path.Combine(_site.Content, file)]);
    }

    [Fact]
    public void An_edited_body_gives_the_page_as_the_whole_build_would_make_it()
    {
        var edited = _text.Replace("at least every 4 weeks", "at least every 2 weeks");
        var file = Assert.Single(After(edited)!);
        Assert.Equal("standards/supervision/index.html", file.Path);
        var whole = SiteBuild.RenderInMemory(new BuildOptions(_site.Content, null, new DateOnly(2024, 6, 1)));
        whole.Refresh?.Dispose();
        Assert.Equal(Encoding.UTF8.GetString(whole.Files.Single(f => f.Path == file.Path).Bytes!), Encoding.UTF8.GetString(file.Bytes!));
        Assert.Contains("at least every 2 weeks", Encoding.UTF8.GetString(file.Bytes!));
    }

    [Fact]
    public void A_page_that_no_longer_loads_is_left_to_the_whole_build()
    {
        Assert.Null(After(_text.Replace("title:", "title: [unclosed")));
        Assert.Null(After("no front matter at all\n"));
    }

    [Fact]
    public void A_page_given_another_id_or_type_a_new_page_or_a_registry_is_left_to_the_whole_build()
    {
        Assert.StartsWith("---\n", _text);
        Assert.Null(After("---\nid: supervision-renamed\n" + _text[4..]));
        Assert.Null(After("---\ntype: guide\n" + _text[4..]));
        Assert.Null(After(_text, "guides/brand-new.md"));
        Assert.Null(After(File.ReadAllText(Path.Combine(_site.Content, "leads.yml")) + "\n", "leads.yml"));
    }

    [Fact]
    public void An_editors_temporary_file_renamed_away_is_passed_over()
    {
        var edited = _text.Replace("at least every 4 weeks", "at least every 5 weeks");
        _site.Write(Source, edited);
        var files = _built.Refresh!.TryRender([Path.Combine(_site.Content, "standards/.supervision.md.tmp-1234"), Path.Combine(_site.Content, Source)]);
        Assert.Contains("at least every 5 weeks", Encoding.UTF8.GetString(Assert.Single(files!).Bytes!));
    }
}
