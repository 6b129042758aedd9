namespace Guidance.Bench.Corpus;

/// <summary>
/// SplitMix64: a tiny generator whose sequence is fixed by its seed on every runtime and platform,
/// unlike <see cref="Random"/>, whose algorithm .NET may change. The corpus depends on nothing else.
/// </summary>
internal sealed class Rng(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A generator of its own for one item, so an item's text does not depend on the items before it.</summary>
    public static Rng For(ulong seed, int stream, int item) => new(Mix(Mix(seed ^ (ulong)stream * 0x9E3779B97F4A7C15UL) + (ulong)item));

    public ulong NextULong()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>0 ≤ result &lt; n.</summary>
    public int Next(int n) => (int)(NextULong() % (ulong)n);

    /// <summary>lo ≤ result ≤ hi.</summary>
    public int Between(int lo, int hi) => lo + Next(hi - lo + 1);

    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>n different items, in the order drawn.</summary>
    public List<T> PickDistinct<T>(IReadOnlyList<T> items, int n)
    {
        var indexes = Enumerable.Range(0, items.Count).ToList();
        var picked = new List<T>(n);
        for (var i = 0; i < n && indexes.Count > 0; i++)
        {
            var at = Next(indexes.Count);
            picked.Add(items[indexes[at]]);
            indexes.RemoveAt(at);
        }
        return picked;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
