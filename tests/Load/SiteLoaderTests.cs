using Guidance.Load;
using Guidance.Model;
using Guidance.Tests.Support;

namespace Guidance.Tests.Load;

public class SiteLoaderTests
{
    [Fact]
    public void Loads_pages_leads_glossary_and_static_files()
    {
        using var temp = TempSite.From();
        var site = SiteLoader.Load(temp.Content, new Diagnostics());
        Assert.Equal("Test practice guidance", site.Settings.Title!.Value);
        Assert.Equal("/guidance/", site.Settings.BaseUrl);
        Assert.Contains("supervision", site.PagesById.Keys);
        Assert.Equal("Principal Social Worker", site.FindLead("psw")!.Title);
        Assert.Equal("Head of MASH", site.FindLead("head-of-mash")!.Title); // short form
        Assert.Equal("Threshold of Care Legal Planning Meeting", site.Glossary.Single(g => g.Term.Value == "TCLPM").Expansion);
        Assert.Equal(["form.pdf"], site.StaticFiles);
    }

    [Fact]
    public void A_missing_content_folder_is_a_read_error()
    {
        Assert.Throws<ContentReadException>(() => SiteLoader.Load("/no/such/folder", new Diagnostics()));
    }
}
