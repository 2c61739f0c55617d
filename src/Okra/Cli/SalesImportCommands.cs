using System.CommandLine;
using Okra.SalesData;

namespace Okra.Cli;

/// <summary>
/// <c>import deals FILE.csv --preset hubspot</c> and the other record types: a CSV export imported all or nothing, with
/// every rejected row on stderr. <c>import FILE</c> (an OKR export) stays as it was.
/// </summary>
internal static class SalesImportCommands
{
    public static Command AddTo(Command import)
    {
        foreach (var (name, type) in RecordTypes.ByName)
        {
            var file = new Argument<FileInfo>("file") { Description = "The CSV file (UTF-8 or Windows-1250; comma, semicolon or tab separated)." };
            var preset = new Option<string?>("--preset") { Description = $"Column preset: {string.Join(", ", CsvPresets.All.Where(p => p.RecordType == type).Select(p => p.Name).DefaultIfEmpty("none for this type"))}." };
            var map = new Option<string[]>("--map") { Description = "Column override, field=Header (repeatable).", AllowMultipleArgumentsPerToken = true };
            var encoding = new Option<string?>("--encoding") { Description = "Force utf-8 or windows-1250." };
            var delimiter = new Option<string?>("--delimiter") { Description = "Force the separator: , ; or \\t." };
            var command = new Command(name, $"Import {name} from a CSV file; on any bad row nothing is written.") { file, preset, map, encoding, delimiter };
            command.SetAction((parse, ct) => CliHost.RunAsync(async (services, token) =>
            {
                var source = parse.GetValue(file)!;
                if (!source.Exists) throw new CliException($"{source.FullName}: no such file.");
                var chosen = parse.GetValue(preset) is { } p
                    ? CsvPresets.Find(p) ?? throw new CliException($"unknown preset '{p}'; use one of: {string.Join(", ", CsvPresets.All.Select(x => x.Name))}.")
                    : CsvPresets.Plain(type);
                if (chosen.RecordType != type) throw new CliException($"the preset '{chosen.Name}' reads {RecordTypes.NameOf(chosen.RecordType)}, not {name}.");
                var overrides = (parse.GetValue(map) ?? []).Select(m => m.Split('=', 2)).ToDictionary(
                    m => m[0].Trim(), m => m.Length == 2 ? m[1].Trim() : throw new CliException($"--map '{m[0]}' must look like field=Header."), StringComparer.Ordinal);
                var sep = parse.GetValue(delimiter) switch { null => (char?)null, "\\t" => '\t', { Length: 1 } d => d[0], var d => throw new CliException($"--delimiter '{d}' must be one character.") };
                var csv = CsvRows.Read(await File.ReadAllBytesAsync(source.FullName, token), new CsvOptions(chosen, overrides, parse.GetValue(encoding), sep));
                var report = await services.GetRequiredService<SalesIngestion>().IngestAsync(type, csv.Rows, token);
                if (!report.Succeeded)
                {
                    foreach (var r in report.Rejected) await Console.Error.WriteLineAsync($"{source.Name}:{r.Line}: {r.Column}: {r.Reason}");
                    throw new CliException($"{source.Name}: {report.Rejected.Count} of {report.Received} rows were rejected. Nothing was imported.");
                }
                var skipped = csv.Skipped > 0 ? $", {csv.Skipped} rows skipped (not sales activities)" : "";
                Console.WriteLine($"Imported {report.Received} {name} from {source.Name} ({csv.Encoding}, '{(csv.Delimiter == '\t' ? "\\t" : csv.Delimiter.ToString())}'): " +
                    $"{report.Inserted} new, {report.Updated} updated{skipped}; {report.KeyResultsUpdated} automatic key results updated.");
                return 0;
            }, ct));
            import.Subcommands.Add(command);
        }
        return import;
    }
}
