using Guidance.Diagnostics;
using Guidance.Edition;
using Guidance.Model;

namespace Guidance.Validate;

/// <summary>
/// One rule of the content contract. Each rule is a small class with its own diagnostic code and
/// severity, run independently over the loaded site (like Statiq's analyzers), so a run reports
/// every problem at once.
/// </summary>
public interface IRule
{
    /// <summary>The rule's entry in the one table of codes: its id (<c>GV012</c>), severity and one-line description.</summary>
    DiagnosticCode Code { get; }

    /// <summary>
    /// The rule checks one edition (what its profile publishes and published before), so it runs once
    /// per edition built; every other rule checks the content as a whole, once however many are built.
    /// </summary>
    bool ChecksEdition => false;

    void Check(ValidationContext context);
}
