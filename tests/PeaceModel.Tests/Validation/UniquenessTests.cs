using PeaceModel.Validation;

namespace PeaceModel.Tests.Validation;

/// <summary>
/// The uniqueness rules of lists (a meeting's participants by actor and role, signatories, ballots,
/// terms and points by id) are checked without LINQ; they must say exactly what
/// <c>items.Where(included).GroupBy(key).All(g => g.Count() == 1)</c> said, for short lists (compared
/// pairwise) and long ones (with a set), nulls included.
/// </summary>
public class UniquenessTests
{
    public static TheoryData<int> Lengths => [0, 1, 2, 3, 15, 16, 17, 40];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void AllKeysDistinct_AgreesWithGroupBy(int length)
    {
        var random = new Random(length);
        var checkedLists = 0;
        var repeated = 0;
        for (var round = 0; round < 300; round++)
        {
            // Few distinct keys and some null keys in even rounds (repeats likely), many keys in odd ones (repeats rare); a value list holds no null items.
            var few = round % 2 == 0;
            var distinctKeys = few ? 4 : 10_000;
            var items = Enumerable.Range(0, length)
                .Select(_ => new Item(few && random.Next(5) == 0 ? null : $"k{random.Next(distinctKeys)}", random.Next(2)))
                .ToValueList();

            var byLinq = items.Where(i => i is not null).GroupBy(i => (i.Key, i.Role)).All(g => g.Count() == 1);
            var byIdLinq = items.Where(i => i.Key is not null).GroupBy(i => i.Key).All(g => g.Count() == 1);

            Assert.Equal(byLinq, RuleExtensions.AllKeysDistinct(items, static i => i is not null, static i => (i.Key, i.Role)));
            Assert.Equal(byIdLinq, RuleExtensions.AllKeysDistinct(items, static i => i.Key is not null, static i => i.Key));
            checkedLists++;
            repeated += byLinq ? 0 : 1;
        }

        Assert.Equal(300, checkedLists);
        if (length >= 3)
        {
            Assert.InRange(repeated, 1, 299); // both verdicts were compared
        }
    }

    [Fact]
    public void AllKeysDistinct_TwoNullKeysOfIncludedItems_AreARepeat()
    {
        // As GroupBy puts the null keys in one group: two ballots without an actor are two ballots of one member.
        ValueList<Item> items = [new Item(null, 0), new Item("a", 0), new Item(null, 0)];
        ValueList<Item> distinct = [.. Enumerable.Range(0, 20).Select(i => new Item($"k{i}", 0)), new Item(null, 0)];
        ValueList<Item> longList = [.. distinct, new Item(null, 0)];

        Assert.False(RuleExtensions.AllKeysDistinct(items, static i => i is not null, static i => i.Key));
        Assert.True(RuleExtensions.AllKeysDistinct(distinct, static i => i is not null, static i => i.Key));
        Assert.False(RuleExtensions.AllKeysDistinct(longList, static i => i is not null, static i => i.Key));
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void FirstRepeat_IsTheFirstIndexWhoseValueCameBefore(int length)
    {
        var random = new Random(length + 1);
        for (var round = 0; round < 300; round++)
        {
            var distinctValues = round % 2 == 0 ? 3 : 1000;
            var list = Enumerable.Range(0, length).Select(_ => $"v{random.Next(distinctValues)}").ToValueList();
            var expected = Enumerable.Range(0, list.Count).FirstOrDefault(i => list.Take(i).Contains(list[i], StringComparer.Ordinal), -1);

            Assert.Equal(expected, RuleExtensions.FirstRepeat(list));
        }
    }

    private sealed record Item(string? Key, int Role);
}
