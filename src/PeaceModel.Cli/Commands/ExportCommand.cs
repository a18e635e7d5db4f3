using System.CommandLine;
using System.Globalization;
using PeaceModel.Cli.Checking;
using PeaceModel.Cli.Input;
using PeaceModel.Export;
using PeaceModel.Serialization;
using PeaceModel.Validation;

namespace PeaceModel.Cli.Commands;

/// <summary>
/// <c>peacemodel export [FILES...] [--store STORE [--after POS]] --output DIR [--format parquet|csv|jsonl]</c>: PLOVER-compatible
/// rows, one per coded record, for analysts (docs/export.md). Exit codes: 0 written, 1 some documents invalid (reported as
/// <c>validate</c> reports them, left out), 2 unusable input, store or output.
/// </summary>
internal static class ExportCommand
{
    private static readonly DiplomaticEventValidator Validator = new();

    public static Command Create(CliEnvironment environment)
    {
        var paths = new Argument<string[]>("paths") { Description = "Event files: .json (one event), .jsonl (one event per line), folders, or - for standard input. Leave out with --store.", Arity = ArgumentArity.ZeroOrMore };
        var store = new Option<string?>("--store") { Description = $"Export from a store (SQLite file or PostgreSQL) instead of files: the latest version of every document changed after --after. Defaults to ${StoreCommand.StoreVariable} when no files are given." };
        var after = new Option<long>("--after") { Description = "With --store: the change-feed position of the previous export (its export.json 'position'); 0 for everything.", DefaultValueFactory = _ => 0 };
        var output = new Option<string>("--output", "-o") { Description = "The folder to write into (created when absent).", Required = true };
        var format = new Option<string>("--format") { Description = "parquet (Hive-partitioned by year and month), csv or jsonl.", DefaultValueFactory = _ => "parquet" };
        format.AcceptOnlyFromAmong("parquet", "csv", "jsonl");
        var asOf = new Option<string?>("--as-of") { Description = "The day (YYYY-MM-DD) the status column is found as of; today (UTC) by default." };
        var recursive = new Option<bool>("--recursive", "-r") { Description = "Also read the .json and .jsonl files in the subfolders of folders given." };
        var command = new Command("export", "Write PLOVER-compatible event rows, one per coded record, for DuckDB, Spark, pandas or BigQuery: Parquet partitioned by year and month (list columns, DATE and TIMESTAMP types), CSV or JSON Lines, with a deletions file for incremental exports.")
        {
            paths, store, after, output, format, asOf, recursive,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!DayOption.TryRead(parse.GetValue(asOf), "--as-of", environment, out var day))
            {
                return ExitCodes.Unusable;
            }

            var files = parse.GetValue(paths) ?? [];
            var storeName = parse.GetValue(store);
            if (files.Length > 0 && storeName is not null)
            {
                await environment.Error.WriteLineAsync("peacemodel: give files or --store, not both.");
                return ExitCodes.Unusable;
            }

            var exportFormat = parse.GetValue(format) switch { "csv" => ExportFormat.Csv, "jsonl" => ExportFormat.JsonLines, _ => ExportFormat.Parquet };
            PloverExporter exporter;
            var invalid = 0;
            var unusable = 0;
            if (files.Length == 0)
            {
                await using var opened = await StoreCommand.OpenAsync(storeName, environment, cancellationToken);
                if (opened.Store is not { } eventStore)
                {
                    return ExitCodes.Unusable;
                }

                exporter = await PloverExporter.FromStoreAsync(eventStore, parse.GetValue(after), day, cancellationToken);
            }
            else
            {
                exporter = new PloverExporter(day);
                var writer = new TextProblemWriter(environment.Out, environment.Error);
                void Unusable(string name, string message)
                {
                    unusable++;
                    writer.Write(new Problem(name, null, null, Problem.IoCode, message));
                }

                foreach (var input in InputExpander.Expand(files, InputKind.Json, environment.OpenStandardInput, Unusable, parse.GetValue(recursive), environment.Error.WriteLine))
                {
                    await using var stream = input.Open();
                    using var lines = new JsonLinesReader(stream, EventChecker.MaxEventBytes);
                    if (input.Kind == InputKind.Json)
                    {
                        using var content = new MemoryStream();
                        await stream.CopyToAsync(content, cancellationToken);
                        invalid += Add(exporter, writer, input.Name, null, content.ToArray()) ? 0 : 1;
                        continue;
                    }

                    while (await lines.ReadLineAsync(cancellationToken) is { } line)
                    {
                        if (lines.TooLong)
                        {
                            writer.Write(new Problem(input.Name, lines.LineNumber, "$", Problem.JsonCode, $"the line is longer than {EventChecker.MaxEventBytes >> 20} MiB and was not read."));
                            invalid++;
                        }
                        else if (!line.Span.Trim(" \t\r"u8).IsEmpty)
                        {
                            invalid += Add(exporter, writer, input.Name, lines.LineNumber, line.ToArray()) ? 0 : 1;
                        }
                    }
                }
            }

            ExportResult result;
            try
            {
                result = await exporter.WriteAsync(parse.GetValue(output)!, exportFormat, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await environment.Error.WriteLineAsync($"peacemodel: --output: {ex.Message}");
                return ExitCodes.Unusable;
            }

            await environment.Error.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{Text.EventText.Count((int)Math.Min(result.Rows, int.MaxValue), "row")} from {Text.EventText.Count(result.Documents, "document")}, {Text.EventText.Count(result.Deletions, "deletion")}, {result.Bytes} bytes in {Text.EventText.Count(result.Files.Count - 2, "file")}; {invalid} invalid left out{(result.Position is { } p ? $"; position {p} (next: --after {p})" : string.Empty)}."));
            return unusable > 0 ? ExitCodes.Unusable : invalid > 0 ? ExitCodes.Invalid : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Reads and validates one document and adds its rows; a document that cannot be read or is invalid is reported as validate reports it.</summary>
    private static bool Add(PloverExporter exporter, TextProblemWriter writer, string name, long? line, byte[] json)
    {
        if (!PeaceModelJson.TryDeserialize(json, out var document, out var error))
        {
            writer.Write(Problem.FromReadError(name, line ?? ((error.LineNumber ?? 0) + 1), error));
            return false;
        }

        var validation = Validator.Validate(document);
        if (!validation.IsValid)
        {
            foreach (var failure in validation.Errors)
            {
                writer.Write(new Problem(name, line ?? new JsonLineLocator(json).LineOf(failure.PropertyName), failure.PropertyName, failure.ErrorCode, failure.ErrorMessage));
            }

            return false;
        }

        exporter.Add(document);
        return true;
    }
}
