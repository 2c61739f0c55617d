using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Exchange;

namespace Okra.Cli;

/// <summary><c>migrate</c>, <c>demo</c>, <c>export</c> and <c>import</c>.</summary>
internal static class MaintenanceCommands
{
    public static Command Migrate()
    {
        var command = new Command("migrate", "Apply pending database migrations and exit.");
        command.SetAction((_, ct) => CliHost.RunAsync(async (services, token) =>
        {
            var db = services.GetRequiredService<OkraDbContext>();
            var applied = (await db.Database.GetAppliedMigrationsAsync(token)).Count();
            Console.WriteLine($"The database is up to date ({applied} migrations applied, provider {db.Database.ProviderName}).");
            return 0;
        }, ct));
        return command;
    }

    public static Command Demo()
    {
        var lang = new Option<string>("--lang") { Description = "Language of the demo texts: en or hu.", DefaultValueFactory = _ => "hu" };
        lang.AcceptOnlyFromAmong("en", "hu");
        var command = new Command("demo", "Create the demo organisation in an empty database.") { lang };
        command.SetAction((parse, ct) => CliHost.RunAsync(async (services, token) =>
        {
            var db = services.GetRequiredService<OkraDbContext>();
            if (await db.Organisations.AnyAsync(token))
                throw new CliException("the database already holds an organisation; the demo is only created in an empty database.");
            var summary = await services.GetRequiredService<Okra.Demo.DemoOrganisation>().SeedAsync(parse.GetValue(lang), token);
            await Security.FirstRun.CreateDemoAccountsAsync(db, services.GetRequiredService<Accounts.AccountService>(), token);
            Console.WriteLine($"Created the demo organisation: {summary}.");
            Console.WriteLine($"Every demo person signs in with their e-mail and the password {Security.FirstRun.DemoPassword}.");
            return 0;
        }, ct));
        return command;
    }

    public static Command Export()
    {
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("export", "Write the whole OKR set as JSON.") { output };
        command.SetAction((parse, ct) => CliHost.RunAsync(async (services, token) =>
        {
            var file = parse.GetValue(output);
            await using var stream = file is null ? Console.OpenStandardOutput() : file.Create();
            await services.GetRequiredService<OkrExporter>().ExportAsync(stream, token);
            return 0;
        }, ct));
        return command;
    }

    public static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = "An export written by 'okra export' (- for standard input)." };
        var command = new Command("import", "Restore an export into an empty database; on any error nothing is written.") { file };
        command.SetAction((parse, ct) => CliHost.RunAsync(async (services, token) =>
        {
            var source = parse.GetValue(file)!;
            if (source.Name != "-" && !source.Exists) throw new CliException($"{source.FullName}: no such file.");
            await using var stream = source.Name == "-" ? Console.OpenStandardInput() : source.OpenRead();
            try
            {
                var counts = await services.GetRequiredService<OkrImporter>().ImportAsync(stream, token);
                Console.WriteLine("Imported " + string.Join(", ", counts.Where(c => c.Value > 0).Select(c => $"{c.Value} {c.Key}")) + ".");
                return 0;
            }
            catch (ImportException e)
            {
                throw new CliException($"{source.Name}: {e.Message} Nothing was imported.");
            }
        }, ct));
        return command;
    }
}
