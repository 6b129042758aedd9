using Guidance.Build;

namespace Guidance.Tests.Architecture;

/// <summary>The generator's folders depend on one another only in the order of the pipeline.</summary>
public class StageOrderTests
{
    private static readonly System.Reflection.Assembly Generator = typeof(SiteBuild).Assembly;

    [Fact]
    public void No_stage_depends_on_a_later_one()
    {
        var found = StageOrder.BackwardDependencies(Generator, "Guidance", StageOrder.Generator);
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public void Every_folder_of_the_generator_is_a_stage_in_the_order()
    {
        var unplaced = StageOrder.Unplaced(Generator, "Guidance", StageOrder.Generator);
        Assert.True(unplaced.Count == 0, "namespaces in no stage: " + string.Join(", ", unplaced));
    }

    [Fact]
    public void The_check_fails_on_an_earlier_stage_that_uses_a_later_one()
    {
        // The types under Sample/ break the order on purpose: its Load uses its Render.
        var found = StageOrder.BackwardDependencies(typeof(Sample.Load.Loader).Assembly, "Guidance.Tests.Architecture.Sample", [["Load"], ["Render"]]);
        Assert.Equal(typeof(Sample.Load.Loader).FullName, Assert.Single(found).Split(' ')[0]);
        Assert.Empty(StageOrder.BackwardDependencies(typeof(Sample.Load.Loader).Assembly, "Guidance.Tests.Architecture.Sample", [["Render"], ["Load"]]));
    }

    [Fact]
    public void The_check_fails_on_peers_that_use_each_other()
    {
        var found = StageOrder.BackwardDependencies(typeof(Sample.Load.Loader).Assembly, "Guidance.Tests.Architecture.Sample", [["Load", "Render"]]);
        Assert.Single(found);
    }
}
