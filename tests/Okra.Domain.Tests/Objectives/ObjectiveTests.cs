using Okra.Domain.Common;
using Okra.Domain.Objectives;

namespace Okra.Domain.Tests.Objectives;

/// <summary>Owners: one person, or one or more teams (a shared objective, S6).</summary>
public sealed partial class ObjectiveTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Sales = Guid.NewGuid();
    private static readonly Guid BusinessDevelopment = Guid.NewGuid();

    private static Objective TeamObjective(string title = "Grow new-customer revenue", params Guid[] teams) =>
        new(Guid.NewGuid(), title, null, ObjectiveLevel.Team, ObjectiveType.Committed, null,
            teams.Length == 0 ? [Sales] : teams, Now);

    [Fact]
    public void Constructor_TwoTeams_IsASharedDraft()
    {
        var objective = TeamObjective("Win customers in the new markets", Sales, BusinessDevelopment, Sales);

        Assert.True(objective.IsShared);
        Assert.Equal(2, objective.OwnerTeams.Count);
        Assert.Equal(ObjectiveStatus.Draft, objective.Status);
    }

    [Fact]
    public void Constructor_PersonalWithoutPerson_IsRefusedOnOwnerPersonId()
    {
        var error = Assert.Throws<DomainValidationException>(() => new Objective(Guid.NewGuid(), "Sharpen my demos", null,
            ObjectiveLevel.Personal, ObjectiveType.Aspirational, null, [], Now));
        Assert.Equal("ownerPersonId", error.Field);
    }

    [Fact]
    public void Constructor_TeamWithoutTeams_IsRefusedOnOwnerTeamIds()
    {
        var error = Assert.Throws<DomainValidationException>(() => new Objective(Guid.NewGuid(), "Grow", null,
            ObjectiveLevel.Team, ObjectiveType.Committed, null, [], Now));
        Assert.Equal("ownerTeamIds", error.Field);
    }

    [Fact]
    public void Constructor_PersonAndTeams_IsRefusedOnOwnerTeamIds()
    {
        var error = Assert.Throws<DomainValidationException>(() => new Objective(Guid.NewGuid(), "Grow", null,
            ObjectiveLevel.Company, ObjectiveType.Committed, Guid.NewGuid(), [Sales], Now));
        Assert.Equal("ownerTeamIds", error.Field);
    }

    [Fact]
    public void Constructor_BlankTitle_IsRefusedOnTitle()
    {
        Assert.Equal("title", Assert.Throws<DomainValidationException>(() => TeamObjective("  ")).Field);
    }

    [Fact]
    public void SetOwners_DropsAndAddsTeams()
    {
        var objective = TeamObjective("Grow", Sales, BusinessDevelopment);

        objective.SetOwners(ObjectiveLevel.Team, null, [BusinessDevelopment]);

        Assert.False(objective.IsShared);
        Assert.Equal(BusinessDevelopment, Assert.Single(objective.OwnerTeams).TeamId);
    }
}
