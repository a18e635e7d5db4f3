using System.Collections;

namespace PeaceModel.Tests;

public class ValueListTests
{
    [Fact]
    public void Equals_SameElementsInOrder_AreEqualWithEqualHashCodes()
    {
        ValueList<string> a = ["putin", "zelensky"];
        ValueList<string> b = new[] { "putin", "zelensky" }.ToValueList();

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_OtherOrderOrOtherElements_AreNotEqual()
    {
        ValueList<string> a = ["putin", "zelensky"];

        Assert.NotEqual(a, ["zelensky", "putin"]);
        Assert.NotEqual(a, ["putin"]);
        Assert.True(a != ["putin", "trump"]);
        Assert.False(a.Equals("putin"));
    }

    [Fact]
    public void Default_IsTheEmptyList()
    {
        ValueList<string> none = default;

        Assert.True(none.Count == 0);
        Assert.Empty(none);
        Assert.Equal(ValueList<string>.Empty, none);
        Assert.Equal(ValueList.Create<string>([]), none);
        Assert.Equal(((ValueList<string>)[]).GetHashCode(), none.GetHashCode());
        Assert.Equal("[]", none.ToString());
    }

    [Fact]
    public void Create_CopiesItsInput()
    {
        var source = new[] { "a", "b" };
        var list = ValueList.Create<string>(source);

        source[0] = "changed";

        Assert.Equal("a", list[0]);
    }

    [Fact]
    public void Create_NullElement_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => ValueList.Create<string>(["a", null!]));
        Assert.Throws<ArgumentException>(() => new List<string> { null! }.ToValueList());
        Assert.Throws<ArgumentNullException>(() => ValueList.CreateRange<string>(null!));
    }

    [Fact]
    public void List_CannotBeModifiedThroughACast()
    {
        object list = (ValueList<string>)["a"];

        Assert.IsNotAssignableFrom<IList>(list);
        Assert.IsNotAssignableFrom<ICollection<string>>(list);
        Assert.IsNotAssignableFrom<IList<string>>(list);
    }

    [Fact]
    public void Records_HoldingEqualLists_AreEqual()
    {
        var a = new Actor { Id = "zelensky", Name = "Volodymyr Zelensky", Kind = ActorKind.Person, Aliases = ["Zelenskiy"] };
        var b = new Actor { Id = "zelensky", Name = "Volodymyr Zelensky", Kind = ActorKind.Person, Aliases = new List<string> { "Zelenskiy" }.ToValueList() };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Aliases = ["Zelenskyy"] });
    }

    [Fact]
    public void Enumeration_YieldsElementsInOrder()
    {
        ValueList<int> list = [3, 1, 2];
        var seen = new List<int>();
        foreach (var item in list)
        {
            seen.Add(item);
        }

        Assert.Equal([3, 1, 2], seen);
        Assert.Equal([3, 1, 2], list.AsEnumerable());
        Assert.Equal("[3, 1, 2]", list.ToString());
    }

    [Fact]
    public void SetItem_ReplacesOneElement_LeavesOriginalUnchanged()
    {
        ValueList<string> list = ["a", "b", "c"];

        var changed = list.SetItem(1, "x");

        Assert.Equal(["a", "x", "c"], changed);
        Assert.Equal(["a", "b", "c"], list);
        Assert.Throws<ArgumentOutOfRangeException>(() => list.SetItem(3, "x"));
        Assert.Throws<ArgumentNullException>(() => list.SetItem(0, null!));
    }

    [Fact]
    public void AddRemoveReplace_BehaveLikeImmutableList()
    {
        ValueList<string> list = ["a", "b", "a"];

        Assert.Equal(["a", "b", "a", "c"], list.Add("c"));
        Assert.Equal(["b", "a"], list.Remove("a"));
        Assert.Equal(list, list.Remove("z"));
        Assert.Equal(ValueList<string>.Empty, ValueList.Create<string>(["a"]).Remove("a"));
        Assert.Equal(["a", "z", "a"], list.Replace("b", "z"));
        Assert.Throws<ArgumentException>(() => list.Replace("q", "z"));
        Assert.Throws<ArgumentNullException>(() => list.Add(null!));
        Assert.Equal(["a", "b", "a"], list);
        Assert.Equal(ValueList<int>.Empty.Add(1), [1]);
    }
}
