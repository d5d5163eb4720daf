namespace CaseWork.Infrastructure.Seeding.Large;

/// <summary>The few kinds of chance the large seeder needs, over one seeded <see cref="Random"/> so that runs repeat.</summary>
internal sealed class SeedRandom(int seed)
{
    private readonly Random _random = new(seed);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => _random.Next(min, max + 1);

    public double Fraction() => _random.NextDouble();

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>An index into <paramref name="weights"/>, each drawn in proportion to its weight.</summary>
    public int Weighted(IReadOnlyList<double> weights)
    {
        var roll = _random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    /// <summary>Days until something with the given chance per month happens (at least one).</summary>
    public int DaysUntil(double monthlyChance) =>
        Math.Max(1, (int)(-Math.Log(1 - _random.NextDouble()) / monthlyChance * 30.4));
}
