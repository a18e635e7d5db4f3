// A separate app that knows PeaceModel only as a NuGet package: reads the seed, validates it,
// prints the errors of a broken copy, writes it back, and resolves the validator through DI.
// Usage: Consumer <seed.json> <seed.txt> [expected source revision]. Exit code 0 only when all checks pass.
using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PeaceModel;
using PeaceModel.Serialization;
using PeaceModel.Validation;

if (args.Length is < 2 or > 3)
{
    Console.Error.WriteLine("usage: Consumer <seed.json> <seed.txt> [expected source revision]");
    return 2;
}

var library = typeof(DiplomaticEvent).Assembly;
var version = library.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?";
Console.WriteLine($"PeaceModel {version} from {library.Location}");
if (args.Length == 3 && !version.EndsWith("+" + args[2], StringComparison.Ordinal))
{
    Console.Error.WriteLine($"stale package: expected a build of {args[2]}, got {version}");
    return 1;
}

var services = new ServiceCollection();
services.AddValidatorsFromAssemblyContaining<DiplomaticEventValidator>(ServiceLifetime.Singleton);
using var provider = services.BuildServiceProvider();
var validator = provider.GetRequiredService<IValidator<DiplomaticEvent>>();

var json = await File.ReadAllTextAsync(args[0]);
var episode = PeaceModelJson.Deserialize(json);
var context = new ValidationContext<DiplomaticEvent>(episode);
context.RootContextData[DiplomaticEventValidator.SourceTextsKey] = episode.Sources.ToDictionary(s => s.Id, _ => File.ReadAllText(args[1]));
var result = await validator.ValidateAsync(context);
Console.WriteLine(result.IsValid ? "seed: valid" : $"seed: INVALID\n{result}");

var broken = episode with { Statements = [episode.Statements[0] with { SpeakerId = "putn" }, .. episode.Statements.AsSpan()[1..]] };
var brokenResult = validator.Validate(broken);
Console.WriteLine("broken copy:");
foreach (var failure in brokenResult.Errors)
{
    Console.WriteLine($"  {failure.PropertyName}: {failure.ErrorCode}: {failure.ErrorMessage}");
}

var written = PeaceModelJson.Serialize(episode);
Console.WriteLine(written == json ? "written back: identical" : "written back: DIFFERENT");
return result.IsValid && !brokenResult.IsValid && written == json ? 0 : 1;
