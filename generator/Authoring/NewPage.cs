using Guidance.Load;
using Guidance.Model;

namespace Guidance.Authoring;

/// <summary>What <c>guidance new</c> was asked to make.</summary>
public sealed record NewPageOptions(PageType Type, string Title, string ContentDir, string? Owner, string? Id, DateOnly Today);

/// <summary>Makes a new page with an id no page in the site has, in its type's folder.</summary>
public static class NewPage
{
    /// <returns>The path of the file written.</returns>
    public static string Run(NewPageOptions options)
    {
        if (!Directory.Exists(options.ContentDir))
            throw new AuthoringException($"the content folder '{options.ContentDir}' does not exist");
        var folder = Path.Combine(options.ContentDir, PageTypes.Of(options.Type).Folder);
        var ids = SiteIds(options.ContentDir);
        bool Taken(string id) => ids.Contains(id) || File.Exists(Path.Combine(folder, id + ".md"));

        string id;
        if (options.Id is { } asked)
        {
            if (!Slug.IsId(asked)) throw new AuthoringException($"--id '{asked}' is not an id: use a-z, 0-9 and hyphens");
            if (Taken(asked)) throw new AuthoringException($"a page with the id '{asked}' already exists; choose another --id");
            id = asked;
        }
        else
        {
            id = PageScaffolder.Unique(PageScaffolder.IdFrom(options.Title), Taken);
        }

        var path = Path.Combine(folder, id + ".md");
        ContentFile.Write(path, PageScaffolder.Render(options.Type, options.Title, options.Owner ?? PageScaffolder.PlaceholderOwner, options.Today), replace: false);
        return path;
    }

    // Ids come from front matter as well as file names, so the site is loaded; its problems are check's business.
    private static HashSet<string> SiteIds(string contentDir)
    {
        try
        {
            return SiteLoader.Load(contentDir, new Diagnostics()).Pages.Select(p => p.Id.Value).ToHashSet(StringComparer.Ordinal);
        }
        catch (ContentReadException ex)
        {
            throw new AuthoringException(ex.Message);
        }
    }
}
