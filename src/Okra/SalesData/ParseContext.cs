using Microsoft.EntityFrameworkCore;
using Okra.Data;
using Okra.Domain.Common;
using Okra.Domain.Sales;
using Okra.Hosting;

namespace Okra.SalesData;

/// <summary>
/// What parsing a row needs to know about the organisation: its people (by e-mail, name or id), teams (by name or id),
/// the currencies it can convert and its time zone.
/// </summary>
public sealed class ParseContext
{
    private readonly Dictionary<string, Guid> people = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> ambiguousNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Guid> teams = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<Guid> personIds = [];
    private readonly HashSet<Guid> teamIds = [];

    private ParseContext(CurrencyConverter converter, TimeZoneInfo zone)
    {
        Converter = converter;
        Zone = zone;
    }

    public CurrencyConverter Converter { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>Up to this many different owners in a batch are looked up by what names them, not by reading everyone.</summary>
    private const int NamedOwnersLimit = 500;

    /// <summary>
    /// The context for parsing <paramref name="rows"/>. A batch naming a few owners (an incoming batch of a thousand
    /// activities names tens of people, the company has ten thousand) reads only the people those texts can name — by
    /// id, e-mail or exact name, every namesake included, so an ambiguous name is still found ambiguous. When a text is
    /// not resolved that way (another letter case, an unknown person) everyone is read, exactly as for a large batch.
    /// </summary>
    public static async Task<ParseContext> LoadAsync(OkraDbContext db, OrganisationSettings settings, IReadOnlyList<RawRow> rows, CancellationToken ct)
    {
        var context = new ParseContext(await settings.ConverterAsync(ct), settings.Zone);
        var owners = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
            if (row["owner"] is { } owner && owners.Add(owner) && owners.Count > NamedOwnersLimit) break;
        if (owners.Count <= NamedOwnersLimit)
        {
            var texts = owners.ToList();
            var ids = owners.Select(o => Guid.TryParse(o, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
            context.AddPeople(await db.People.AsNoTracking()
                .Where(p => ids.Contains(p.Id) || texts.Contains(p.Email) || texts.Contains(p.Name))
                .Select(p => new PersonName(p.Id, p.Email, p.Name)).ToListAsync(ct));
        }
        if (owners.Count > NamedOwnersLimit || !owners.All(context.Resolves))
            context.AddPeople(await db.People.AsNoTracking().Select(p => new PersonName(p.Id, p.Email, p.Name)).ToListAsync(ct));
        foreach (var t in await db.Teams.AsNoTracking().Select(t => new { t.Id, t.Name }).ToListAsync(ct))
        {
            context.teamIds.Add(t.Id);
            context.teams[t.Name] = t.Id;
        }
        return context;
    }

    private sealed record PersonName(Guid Id, string Email, string Name);

    private void AddPeople(IEnumerable<PersonName> found)
    {
        people.Clear();
        ambiguousNames.Clear();
        personIds.Clear();
        foreach (var p in found)
        {
            personIds.Add(p.Id);
            people[p.Email] = p.Id;
            if (!people.TryAdd(p.Name, p.Id)) ambiguousNames.Add(p.Name);
        }
    }

    private bool Resolves(string owner) =>
        (Guid.TryParse(owner, out var id) && personIds.Contains(id)) || ambiguousNames.Contains(owner) || people.ContainsKey(owner);

    /// <summary>The person an owner field names by e-mail, full name or id; null when the field is empty.</summary>
    public Guid? Person(string? text, string field)
    {
        if (text is null) return null;
        if (Guid.TryParse(text, out var id) && personIds.Contains(id)) return id;
        if (ambiguousNames.Contains(text)) throw new DomainValidationException(field, $"'{text}' names more than one person; use the e-mail.");
        return people.TryGetValue(text, out var person) ? person
            : throw new DomainValidationException(field, $"'{text}' is not a person in Okra (give an e-mail or full name).");
    }

    /// <summary>The team a field names by name or id; null when empty.</summary>
    public Guid? Team(string? text, string field)
    {
        if (text is null) return null;
        if (Guid.TryParse(text, out var id) && teamIds.Contains(id)) return id;
        return teams.TryGetValue(text, out var team) ? team : throw new DomainValidationException(field, $"'{text}' is not a team in Okra.");
    }

    /// <summary>A currency code Okra knows and can convert to the organisation's currency; empty means the organisation's.</summary>
    public string Currency(string? text, string field)
    {
        if (text is null) return Converter.OrganisationCurrency;
        if (!Domain.Common.Currency.IsKnown(text)) throw new DomainValidationException(field, $"'{text}' is an unknown currency.");
        var code = Domain.Common.Currency.Parse(text).Code;
        return Converter.CanConvert(code) ? code
            : throw new DomainValidationException(field, $"{code} has no exchange rate to {Converter.OrganisationCurrency}; add one first.");
    }
}

/// <summary>The organisation's currency, exchange rates and time zone, as ingestion and metrics use them.</summary>
public sealed class OrganisationSettings(OkraDbContext db, Microsoft.Extensions.Options.IOptions<OkraOptions> options)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public async Task<CurrencyConverter> ConverterAsync(CancellationToken ct)
    {
        var currency = await db.Organisations.AsNoTracking().OrderBy(o => o.Id).Select(o => o.Currency).FirstOrDefaultAsync(ct) ?? "HUF";
        return new CurrencyConverter(currency, await db.ExchangeRates.AsNoTracking().ToListAsync(ct));
    }
}
