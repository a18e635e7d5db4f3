using PeaceModel.Analysis;
using PeaceModel.Kinds;
using PeaceModel.Serialization;
using PeaceModel.Tests.Support;
using PeaceModel.Threads;
using PeaceModel.Validation;

namespace PeaceModel.Tests.Episodes;

/// <summary>The Port Amrel thread: the ceasefire report of 2026-04-14 and the breach report of 2026-04-20, read, checked and analysed together.</summary>
public class ThreadTests
{
    private static readonly DiplomaticEvent Ceasefire = Episode.Get(PortAmrelModel.Name).Model;
    private static readonly DiplomaticEvent Breach = Episode.Get(PortAmrelBreachModel.Name).Model;
    private static readonly EventThread Thread = EventThread.Create([Breach, Ceasefire]);
    private static readonly string Agreement = PortAmrelBreachModel.Agreement;

    [Fact]
    public void Create_OrdersTheDocumentsByDate()
    {
        Assert.Equal([PortAmrelModel.Name, PortAmrelBreachModel.Name], Thread.Documents.Select(d => d.Id));
        Assert.Equal(PortAmrelModel.ThreadId, Thread.Id);
    }

    [Fact]
    public async Task LoadAsync_ReadsFilesFoldersAndJsonLines_AsOneThread()
    {
        using var folder = new TempDirectory();
        File.Copy(RepositoryFiles.EpisodePath(PortAmrelModel.Name, ".json"), Path.Combine(folder.Path, "a.json"));
        File.WriteAllText(Path.Combine(folder.Path, "b.jsonl"), PeaceModelJson.SerializeLine(Breach));

        var loaded = await EventThread.LoadAsync([folder.Path]);

        Assert.Equal(Thread.Documents, loaded.Documents);
    }

    [Fact]
    public async Task LoadAsync_AnUnreadableDocument_NamesTheFileAndLine()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "bad.jsonl");
        File.WriteAllText(path, PeaceModelJson.SerializeLine(Breach) + "{\"schemaVersion\": \"2.0\"}\n");

        var ex = await Assert.ThrowsAsync<InvalidDataException>(() => EventThread.LoadAsync([path]));

        Assert.StartsWith($"{path}:2: ", ex.Message, StringComparison.Ordinal);
        Assert.IsType<JsonReadException>(ex.InnerException);
    }

    [Fact]
    public void Validate_TheThread_ResolvesEveryReferenceAcrossDocuments()
    {
        var result = ThreadValidator.Validate(Thread);

        Assert.True(result.IsValid, string.Join("\n", result.Errors.Select(e => e.Failure)));
        Assert.Empty(result.Notices);
    }

    [Fact]
    public void Validate_TheLaterReportAlone_GivesNoticesNotErrors()
    {
        Assert.True(TestData.Validator.Validate(Breach, Episode.Get(PortAmrelBreachModel.Name).SourceTexts).IsValid);

        var result = ThreadValidator.Validate(EventThread.Create([Breach]));

        Assert.True(result.IsValid);
        Assert.Contains(result.Notices, n => n.Failure.PropertyName == "implementations[0].agreementId" && n.Failure.ErrorCode == ErrorCodes.UnresolvedReference);
        Assert.All(result.Notices, n => Assert.Equal(FluentValidation.Severity.Info, n.Failure.Severity));
    }

    [Fact]
    public void Validate_ADanglingReference_IsAnErrorWithItsPath()
    {
        var broken = Breach with { Implementations = Breach.Implementations.SetItem(0, Breach.Implementations[0] with { AgreementId = ExternalId.Create(PortAmrelModel.Name, "port-amrel-truce") }) };

        var error = Assert.Single(ThreadValidator.Validate(EventThread.Create([Ceasefire, broken])).Errors);

        Assert.Equal((PortAmrelBreachModel.Name, "implementations[0].agreementId", ErrorCodes.DanglingReference), (error.DocumentId, error.Failure.PropertyName, error.Failure.ErrorCode));
    }

    [Fact]
    public void Validate_AnUnknownTermOfTheOtherDocumentsAgreement_IsAnError()
    {
        var broken = Breach with { Implementations = Breach.Implementations.SetItem(1, Breach.Implementations[1] with { TermId = "pullback" }) };

        var error = Assert.Single(ThreadValidator.Validate(EventThread.Create([Ceasefire, broken])).Errors);

        Assert.Equal(("implementations[1].termId", ErrorCodes.DanglingReference), (error.Failure.PropertyName, error.Failure.ErrorCode));
    }

    [Fact]
    public void Validate_AnActorIdNamingAnotherActorInTheOtherDocument_IsAConflict()
    {
        var broken = Breach with { Actors = Breach.Actors.SetItem(4, Breach.Actors[4] with { Name = "Ivan Rask" }) };

        var error = Assert.Single(ThreadValidator.Validate(EventThread.Create([Ceasefire, broken])).Errors);

        Assert.Equal(("actors[4].name", ErrorCodes.ActorConflict), (error.Failure.PropertyName, error.Failure.ErrorCode));
    }

    [Fact]
    public void Validate_AReferenceIntoAnotherThread_IsAnError()
    {
        var error = Assert.Single(ThreadValidator.Validate(EventThread.Create([Ceasefire with { ThreadId = "another-process" }, Breach])).Errors.Take(1));

        Assert.Equal(ErrorCodes.ThreadMismatch, error.Failure.ErrorCode);
    }

    [Fact]
    public void Analyze_AsOfTheSigning_TheAgreementIsSignedNotInForce_AndNothingIsReportedYet()
    {
        var agreement = Assert.Single(Thread.Analyze(new DateOnly(2026, 4, 14)).Agreements);

        Assert.Equal((AgreementStatus.Signed, ComplianceStatus.NotReported, ImplementationStatus.NotReported), (agreement.Status, agreement.Compliance, agreement.Implementation));
    }

    [Fact]
    public void Analyze_SixDaysLater_InForce_ComplianceDisputed_PullBackInProgress_MissionPartlyDeployed()
    {
        var analysis = Thread.Analyze(new DateOnly(2026, 4, 20));
        var agreement = Assert.Single(analysis.Agreements);

        Assert.Equal(Agreement, agreement.Agreement.Id);
        Assert.Equal((AgreementStatus.InForce, "A1"), (agreement.Status, agreement.Reason.Rule));
        Assert.Equal((ComplianceStatus.Disputed, "K2"), (agreement.Compliance, agreement.ComplianceReason!.Rule));
        Assert.Contains(ExternalId.Create(PortAmrelBreachModel.Name, "varsh-denies-shelling"), agreement.ComplianceReason.RecordIds);
        Assert.Contains(ExternalId.Create(PortAmrelBreachModel.Name, "largely-holding"), agreement.ComplianceReason.RecordIds);
        Assert.Equal(ImplementationStatus.PartlyImplemented, agreement.Implementation);

        var terms = agreement.Terms.ToDictionary(t => t.TermId);
        Assert.Equal((ImplementationStatus.InProgress, "I3", false), (terms["pull-back"].Status, terms["pull-back"].Reason.Rule, terms["pull-back"].DeadlinePassed));
        Assert.Equal([ExternalId.Create(PortAmrelBreachModel.Name, "varsh-pull-back")], terms["pull-back"].SelfReportedIds);
        Assert.Equal((ImplementationStatus.PartlyImplemented, "I2", true), (terms["observer-mission"].Status, terms["observer-mission"].Reason.Rule, terms["observer-mission"].Late));
        Assert.Equal(ImplementationStatus.NotReported, terms["remains"].Status);
    }

    [Fact]
    public void Analyze_TheAccusationsAreOneDisputedAndOneAsserted()
    {
        var claims = Thread.Analyze(new DateOnly(2026, 4, 20)).Claims.ToDictionary(c => c.Claim.Id);

        Assert.Equal((ClaimStatus.Disputed, "C1"), (claims[ExternalId.Create(PortAmrelBreachModel.Name, "shelling-accusation")].Status, claims[ExternalId.Create(PortAmrelBreachModel.Name, "shelling-accusation")].Reason.Rule));
        Assert.Equal(["varsh"], claims[ExternalId.Create(PortAmrelBreachModel.Name, "shelling-accusation")].DeniedByIds);
        Assert.Equal(ClaimStatus.Asserted, claims[ExternalId.Create(PortAmrelBreachModel.Name, "drone-accusation")].Status);
    }

    [Fact]
    public void Merge_KeepsOneActorPerId_AndQualifiesEveryOtherRecord()
    {
        var merged = Thread.Merge(new DateOnly(2026, 4, 20));

        Assert.Equal(merged.Actors.Select(a => a.Id).Distinct(), merged.Actors.Select(a => a.Id));
        Assert.Contains(merged.Actors, a => a.Id == "varsh-defence-ministry");
        Assert.All(merged.Statements, s => Assert.True(ExternalId.TryParse(s.Id, out _, out _)));
        Assert.Equal(ExternalId.Create(PortAmrelModel.Name, "port-amrel-talks"), merged.Agreements[0].MeetingId);
        Assert.Equal(ExternalId.Create(PortAmrelModel.Name, "report-2026-04-14"), merged.Statements[0].SourceId);
    }

    private sealed class TempDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("peacemodel-thread-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
