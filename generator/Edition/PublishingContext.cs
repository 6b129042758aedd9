using Guidance.Model;

namespace Guidance.Edition;

/// <summary>
/// What the publishing rules need beyond the whole site: the profile being built, its edition of the
/// site, the URLs it published last time (and the whole manifest they came from, which a successful
/// build updates), and whether removals are being accepted.
/// </summary>
public sealed record PublishingContext(ProfileScope Scope, Site Edition, PublishedManifest.Contents Manifest, bool AcceptRemovals)
{
    /// <summary>The build is for putting the site up (<c>guidance build</c>, see the build's options).</summary>
    public bool ForPublishing { get; init; }

    public PublishedUrls? Previous => Manifest.Profiles.GetValueOrDefault(Scope.Profile.Name.Value);

    /// <summary>Every URL the edition publishes now, made once for the rules that compare it with <see cref="Previous"/> and for the manifest.</summary>
    public PublishedUrls Current => _current ??= PublishedUrls.Of(Edition);

    private PublishedUrls? _current;
}
