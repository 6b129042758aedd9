using Guidance.Diagnostics;
using Guidance.Load;
using Guidance.Model;

namespace Guidance.Validate.Rules;

/// <summary>GV101 (warning): a front matter key the contract does not know, probably a typo.</summary>
public sealed class UnknownKeyRule : IRule
{
    public DiagnosticCode Code => Codes.UnknownKey;

    public void Check(ValidationContext context)
    {
        var known = KnownKeys.All;
        foreach (var page in context.Site.Pages)
        {
            foreach (var key in page.Meta.UnknownKeys)
                context.Report(this, key.Location, $"unknown key '{key.Value}'",
                    Suggest.DidYouMean(key.Value, known, "Remove it, or check the spelling against the content contract"));
        }
    }
}
