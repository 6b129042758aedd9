using Guidance.Build;
using Guidance.Diagnostics;
using Guidance.Load;
using Guidance.Model;

namespace Guidance.Authoring;

/// <summary>What <c>guidance new</c> was asked to make.</summary>
public sealed record NewPageOptions(PageType Type, string Title, string ContentDir, string? Owner, string? Id, DateOnly Today);

/// <summary>What <c>guidance new</c> wrote: the file, the page's id and address, and why the id is what it is.</summary>
/// <param name="Why">Why the id differs from the one the title gives (that id is taken), or null.</param>
public sealed record NewPageResult(string Path, string Id, string Url, string? Why);

/// <summary>Makes a new page with an id no page in the site has, in its type's folder.</summary>
public static class NewPage
{
    public static NewPageResult Run(NewPageOptions options)
    {
        if (!Directory.Exists(options.ContentDir))
            throw new AuthoringException($"the content folder '{options.ContentDir}' does not exist");
        if (!options.Title.Any(char.IsLetter))
            throw new AuthoringException($"the title '{options.Title}' has no letters; give the page a title in words, e.g. \"Strategy meetings\"");
        var info = PageTypes.Of(options.Type);
        var folder = Path.Combine(options.ContentDir, info.Folder);
        var site = LoadSite(options.ContentDir);
        var display = (string file) => Path.Join(options.ContentDir, info.Folder, file).Replace('\\', '/');
        string? HeldBy(string id) =>
            site.FindPage(id)?.DisplayPath ?? site.UnloadedWithId(id)?.DisplayPath
            ?? (File.Exists(Path.Combine(folder, id + ".md")) ? display(id + ".md") : null);
        CheckOwner(site, options.Owner);

        string id;
        string? why = null;
        if (options.Id is { } asked)
        {
            if (!Slug.IsId(asked)) throw new AuthoringException($"--id '{asked}' is not an id: use a-z, 0-9 and hyphens");
            if (HeldBy(asked) is { } holder) throw new AuthoringException($"a page with the id '{asked}' already exists ({holder}); choose another --id");
            id = asked;
        }
        else
        {
            var fromTitle = PageScaffolder.IdFrom(options.Title);
            if (fromTitle.Length == 0)
                throw new AuthoringException($"the title '{options.Title}' has no letters a-z or digits to make an id from; pass --id, e.g. --id strategy-meetings");
            id = PageScaffolder.Unique(fromTitle, candidate => HeldBy(candidate) is not null);
            if (id != fromTitle) why = $"'{fromTitle}', the id the title gives, is taken by {HeldBy(fromTitle)}";
        }

        var path = Path.Combine(folder, id + ".md");
        ContentFile.Write(path, PageScaffolder.Render(options.Type, options.Title, options.Owner, options.Today), replace: false);
        return new NewPageResult(display(id + ".md"), id, "/" + PageLoader.UrlPathFor(options.Type, id, Path.Join(info.Folder, id + ".md").Replace('\\', '/')), why);
    }

    /// <summary>An owner that looks like a lead id must be one, or check would fail on the page just made (GV008).</summary>
    private static void CheckOwner(Site site, string? owner)
    {
        if (owner is null || !Slug.IsId(owner) || site.FindLead(owner) is not null) return;
        var hint = Suggest.DidYouMean(owner, site.LeadsById.Keys, $"the leads are: {string.Join(", ", site.LeadsById.Keys.Order(StringComparer.Ordinal))}");
        throw new AuthoringException($"--owner '{owner}' is not a lead in leads.yml. {hint}");
    }

    // Ids come from front matter as well as file names, so the site is loaded; its problems are check's business.
    private static Site LoadSite(string contentDir)
    {
        try
        {
            return SiteBuild.ReadContent(contentDir, new DiagnosticBag());
        }
        catch (ContentReadException ex)
        {
            throw new AuthoringException(ex.Message);
        }
    }
}
