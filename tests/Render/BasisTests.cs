using Guidance.Tests.Support;

namespace Guidance.Tests.Render;

/// <summary>A page's <c>legal:</c> and <c>sources:</c> are shown as "Legal basis" and "Based on", escaped.</summary>
public class BasisTests
{
    [Fact]
    public void Legal_basis_and_sources_are_shown_on_the_page_with_their_dates_and_sections()
    {
        using var site = TempSite.From();
        var text = File.ReadAllText(Path.Combine(site.Content, "standards/supervision.md")).Replace("tags:", """
            legal:
              - Children Act 1989, section 47
              - Working Together to Safeguard Children 2023
            sources:
              - title: Working Together <2023>
                date: 2023-12
                section: Chapter 2
              - title: Supervision policy
                date: 2024-02-01
            tags:
            """);
        site.Write("standards/supervision.md", text);
        var run = site.Build();
        Assert.True(run.ExitCode == 0, run.Stderr);

        var page = site.ReadOutput("standards/supervision/index.html");
        Assert.Contains("<h2 id=\"legal-title\">Legal basis</h2>", page);
        Assert.Contains("<li>Children Act 1989, section 47</li>", page);
        Assert.Contains("<h2 id=\"sources-title\">Based on</h2>", page);
        Assert.Contains("<li><cite>Working Together &lt;2023&gt;</cite> (December 2023), Chapter 2</li>", page);
        Assert.Contains("<li><cite>Supervision policy</cite> (1 February 2024)</li>", page);
        Assert.DoesNotContain("Based on", site.ReadOutput("guides/management-oversight-guide/index.html"));
    }
}
