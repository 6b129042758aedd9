using System.Reflection;
using NetArchTest.Rules;

namespace Guidance.Tests.Architecture;

/// <summary>
/// The order of the generator's stages, earliest first, and the check that each depends only on
/// earlier ones. Folders in one step are peers: neither may use the other. A stage that reached back
/// to a later one (validation calling into render, say) would make the pipeline a knot a newcomer
/// cannot read from the top.
/// </summary>
public static class StageOrder
{
    /// <summary>The generator's stages: the plain model, the one table of codes, then load → markdown → edition → validate → render → index → write, history, the build that runs them, and the commands on top.</summary>
    public static readonly string[][] Generator =
    [
        ["Model"],
        ["Diagnostics"],
        ["Load"],
        ["Markdown"],
        ["Edition"],
        ["Validate"],
        ["Render"],
        ["Index"],
        ["Write"],
        ["History"],
        ["Build"],
        ["Authoring", "Report", "Serve"],
        ["Cli"],
    ];

    /// <summary>Every type of <paramref name="assembly"/> under <paramref name="root"/> that depends on a stage after its own, one line each.</summary>
    public static IReadOnlyList<string> BackwardDependencies(Assembly assembly, string root, string[][] order)
    {
        var found = new List<string>();
        for (var i = 0; i < order.Length; i++)
        {
            foreach (var stage in order[i])
            {
                var later = order.Skip(i + 1).SelectMany(s => s).Concat(order[i].Where(peer => peer != stage)).Select(s => $"{root}.{s}").ToArray();
                if (later.Length == 0) continue;
                var result = Types.InAssembly(assembly).That().ResideInNamespace($"{root}.{stage}")
                    .ShouldNot().HaveDependencyOnAny(later).GetResult();
                if (!result.IsSuccessful)
                    found.AddRange(result.FailingTypeNames.Select(type => $"{type} ({stage}) uses a stage that comes after it or beside it: one of {string.Join(", ", later)}"));
            }
        }
        return found;
    }

    /// <summary>Namespaces under <paramref name="root"/> that are in no stage, so the order says nothing about them.</summary>
    public static IReadOnlyList<string> Unplaced(Assembly assembly, string root, string[][] order)
    {
        var stages = order.SelectMany(s => s).Select(s => $"{root}.{s}").ToList();
        return assembly.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(ns => ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal))
            .Where(ns => !stages.Any(s => ns == s || ns.StartsWith(s + ".", StringComparison.Ordinal)))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
