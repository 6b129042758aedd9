namespace Guidance.Serve;

/// <summary>
/// What the server shows: the last good site (none if no build has succeeded yet), the errors of the
/// latest build if it failed, and a version that goes up with every rebuild so pages know to reload.
/// </summary>
public sealed record SiteState(SiteSnapshot? Site, IReadOnlyList<string> Problems, int Version)
{
    public static SiteState Of(SiteSnapshot site) => new(site, [], 0);
}
