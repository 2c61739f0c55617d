using System.Globalization;
using System.Text;
using Okra.Domain.People;
using Okra.Domain.Teams;

namespace Okra.Demo;

/// <summary>
/// The demo's twelve people and four teams: a leadership team with sales, business development and
/// customer success under it; sellers report to the sales director, BD people to the BD lead, both to the CEO.
/// </summary>
internal sealed class DemoStaff
{
    private DemoStaff(DemoTexts t, string locale)
    {
        Person Hire(string name, string title) => new(name, EmailOf(name), locale, title);
        Anna = Hire("Kovács Anna", t.Ceo);
        Peter = Hire("Nagy Péter", t.SalesDirector);
        Eszter = Hire("Szabó Eszter", t.AccountExecutive);
        Gabor = Hire("Tóth Gábor", t.AccountExecutive);
        Reka = Hire("Horváth Réka", t.AccountExecutive);
        Bence = Hire("Varga Bence", t.SalesDevelopment);
        Zoltan = Hire("Kiss Zoltán", t.BdLead);
        Judit = Hire("Molnár Judit", t.BdManager);
        David = Hire("Farkas Dávid", t.MarketAnalyst);
        Katalin = Hire("Balogh Katalin", t.PartnershipManager);
        Lilla = Hire("Papp Lilla", t.CsLead);
        Marton = Hire("Lakatos Márton", t.CsManager);
        People = [Anna, Peter, Eszter, Gabor, Reka, Bence, Zoltan, Judit, David, Katalin, Lilla, Marton];

        Leadership = new Team(t.Leadership, TeamKind.Other);
        Sales = new Team(t.Sales, TeamKind.Sales);
        BusinessDevelopment = new Team(t.BusinessDevelopment, TeamKind.BusinessDevelopment);
        CustomerSuccess = new Team(t.CustomerSuccess, TeamKind.CustomerSuccess);
        Teams = [Leadership, Sales, BusinessDevelopment, CustomerSuccess];
    }

    public Person Anna { get; }
    public Person Peter { get; }
    public Person Eszter { get; }
    public Person Gabor { get; }
    public Person Reka { get; }
    public Person Bence { get; }
    public Person Zoltan { get; }
    public Person Judit { get; }
    public Person David { get; }
    public Person Katalin { get; }
    public Person Lilla { get; }
    public Person Marton { get; }
    public IReadOnlyList<Person> People { get; }

    public Team Leadership { get; }
    public Team Sales { get; }
    public Team BusinessDevelopment { get; }
    public Team CustomerSuccess { get; }
    public IReadOnlyList<Team> Teams { get; }

    /// <summary>Hires everyone, sets managers and builds the team tree through the domain methods.</summary>
    public static DemoStaff Create(DemoTexts texts, string locale)
    {
        var staff = new DemoStaff(texts, locale);
        staff.Organise();
        return staff;
    }

    private void Organise()
    {
        Guid? ManagerOf(Guid id) => People.First(p => p.Id == id).ManagerId;
        foreach (var lead in new[] { Peter, Zoltan, Lilla }) lead.ReportTo(Anna.Id, ManagerOf);
        foreach (var seller in new[] { Eszter, Gabor, Reka, Bence }) seller.ReportTo(Peter.Id, ManagerOf);
        foreach (var developer in new[] { Judit, David, Katalin }) developer.ReportTo(Zoltan.Id, ManagerOf);
        Marton.ReportTo(Lilla.Id, ManagerOf);

        Guid? ParentOf(Guid id) => Teams.First(t => t.Id == id).ParentTeamId;
        Staff(Leadership, Anna, Peter, Zoltan, Lilla);
        Staff(Sales, Peter, Eszter, Gabor, Reka, Bence);
        Staff(BusinessDevelopment, Zoltan, Judit, David, Katalin);
        Staff(CustomerSuccess, Lilla, Marton);
        foreach (var team in new[] { Sales, BusinessDevelopment, CustomerSuccess }) team.MoveUnder(Leadership.Id, ParentOf);
    }

    private static void Staff(Team team, Person lead, params Person[] members)
    {
        team.SetMember(lead.Id, TeamRole.Lead);
        foreach (var member in members) team.SetMember(member.Id, TeamRole.Member);
    }

    /// <summary><c>Kovács Anna</c> (family name first, as in Hungarian) becomes <c>anna.kovacs@demo.okra.local</c>.</summary>
    private static string EmailOf(string name)
    {
        var parts = name.Split(' ');
        var local = $"{parts[1]}.{parts[0]}".Normalize(NormalizationForm.FormD);
        // Dropping the combining accents leaves plain ASCII letters: á → a, ő → o, ű → u.
        var ascii = string.Concat(local.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark));
        return $"{ascii.ToLowerInvariant()}@demo.okra.local";
    }
}
