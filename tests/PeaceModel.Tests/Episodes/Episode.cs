using PeaceModel.Tests.Support;

namespace PeaceModel.Tests.Episodes;

/// <summary>A report of <c>episodes/</c> with the C# model built from its text.</summary>
public sealed class Episode
{
    private static readonly Dictionary<string, Episode> All = new[]
    {
        new Episode(PortAmrelModel.Name, PortAmrelModel.SourceId, PortAmrelModel.Build),
        new Episode(DraviaModel.Name, DraviaModel.SourceId, DraviaModel.Build),
        new Episode(HalvardModel.Name, HalvardModel.SourceId, HalvardModel.Build),
        new Episode(SorrelModel.Name, SorrelModel.SourceId, SorrelModel.Build),
        new Episode(PortAmrelBreachModel.Name, PortAmrelBreachModel.SourceId, PortAmrelBreachModel.Build),
        new Episode(AramorModel.Name, AramorModel.SourceId, AramorModel.Build),
        new Episode(PhasedCeasefireModel.Name, PhasedCeasefireModel.SourceId, PhasedCeasefireModel.Build),
        new Episode(TalksSuspendedModel.Name, TalksSuspendedModel.SourceId, TalksSuspendedModel.Build),
        new Episode(CouncilVetoModel.Name, CouncilVetoModel.SourceId, CouncilVetoModel.Build),
        new Episode(TenPointPlanModel.Name, TenPointPlanModel.SourceId, TenPointPlanModel.Build),
    }.ToDictionary(e => e.Name);

    private Episode(string name, string sourceId, Func<string, DiplomaticEvent> build)
    {
        Name = name;
        Text = File.ReadAllText(RepositoryFiles.EpisodePath(name, ".txt"));
        Model = build(Text);
        SourceTexts = new Dictionary<string, string> { [sourceId] = Text };
    }

    public static TheoryData<string> Names => [.. All.Keys];

    public static IReadOnlyCollection<string> AllNames => All.Keys;

    public string Name { get; }

    public string Text { get; }

    public DiplomaticEvent Model { get; }

    public IReadOnlyDictionary<string, string> SourceTexts { get; }

    public static Episode Get(string name) => All[name];

    public override string ToString() => Name;
}
