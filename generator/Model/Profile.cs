namespace Guidance.Model;

/// <summary>
/// A publishing profile from <c>site.yml</c>: one edition of the site built from the same content,
/// holding only the pages whose audience it includes, under its own title, base path, output folder
/// and, optionally, its own home page.
/// </summary>
public sealed record Profile(
    Located<string> Name,
    Located<string>? Title,
    Located<string>? BasePath,
    Located<string>? Output,
    Located<string>? SiteUrl,
    IReadOnlyList<Located<string>> Audiences,
    Located<string>? Home,
    string? Organisation = null)
{
    /// <summary>The name of the one profile a site without <c>profiles:</c> has: every page, as before profiles existed.</summary>
    public const string ImplicitName = "site";

    public static Profile Implicit(SourceLocation at) => new(new Located<string>(ImplicitName, at), null, null, null, null,
        AudienceNames.All.Select(a => new Located<string>(a, at)).ToList(), null);

    public bool Includes(Audience audience) => Audiences.Any(a => AudienceNames.Parse(a.Value) == audience);

    /// <summary>True when the profile leaves some audience out, so its pages' links must be checked against it.</summary>
    public bool IsRestricted => AudienceNames.All.Any(a => !Includes(AudienceNames.Parse(a)!.Value));
}
