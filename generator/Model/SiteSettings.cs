namespace Guidance.Model;

/// <summary>Settings from <c>site.yml</c>.</summary>
public sealed record SiteSettings(
    SourceLocation Location,
    Located<string>? Title,
    string? Organisation,
    Located<string>? BasePath,
    IReadOnlyList<Profile>? DeclaredProfiles = null,
    Located<string>? SiteUrl = null)
{
    /// <summary>
    /// What to do with a link in the content folder that leads outside it: <c>error</c> (the default)
    /// or <c>skip</c> (leave it out with a warning). Never followed.
    /// </summary>
    public Located<string>? OutsideLinks { get; init; }

    public bool SkipOutsideLinks => OutsideLinks?.Value == "skip";

    /// <summary>
    /// Hosts (<c>www.gov.uk</c>) that pages may show images from or link to without a scheme
    /// (<c>//host/...</c>); an intranet page shows nothing from anywhere else.
    /// </summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>The profiles declared in site.yml, or the one implicit profile holding every page.</summary>
    public IReadOnlyList<Profile> Profiles => DeclaredProfiles is { Count: > 0 } declared ? declared : [Profile.Implicit(Location)];

    /// <summary>
    /// Capitalised words that are not acronyms to explain (<c>acronyms_ignore</c>): a name written in
    /// capitals, a word set in capitals for emphasis. The glossary rule passes them by.
    /// </summary>
    public IReadOnlyList<Located<string>> AcronymsIgnore { get; init; } = [];

    /// <summary>
    /// Which commits of the content folder's git history publish versions of its pages (<c>versions:</c>):
    /// <c>commits</c> (the default, every commit on the branch) or <c>tags</c> (only tagged commits).
    /// </summary>
    public Located<string>? Versions { get; init; }

    /// <summary>
    /// The site's own address (scheme and host, e.g. <c>https://intranet.example.org</c>) when site.yml
    /// gives one, so a cited link is complete; empty when it does not.
    /// </summary>
    public string Origin => SiteUrl?.Value.Trim().TrimEnd('/') ?? "";

    /// <summary>The URL prefix, always starting and ending with '/'.</summary>
    public string BaseUrl
    {
        get
        {
            var raw = (BasePath?.Value ?? "/").Trim();
            raw = "/" + raw.Trim('/');
            return raw.EndsWith('/') ? raw : raw + "/";
        }
    }
}
