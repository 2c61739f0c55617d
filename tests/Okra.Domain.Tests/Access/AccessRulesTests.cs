using Okra.Domain.Access;
using Okra.Domain.Objectives;

namespace Okra.Domain.Tests.Access;

public sealed class AccessRulesTests
{
    private static readonly Guid Sales = Guid.NewGuid(), SalesHungary = Guid.NewGuid(), Bd = Guid.NewGuid();
    private static readonly Guid Anna = Guid.NewGuid(), Bence = Guid.NewGuid(), Lead = Guid.NewGuid();

    private static readonly Dictionary<Guid, Guid?> Parents = new() { [Sales] = null, [SalesHungary] = Sales, [Bd] = null };

    private static Actor Member(Guid person, params Guid[] teams) => new(person, AccountRole.Member, new HashSet<Guid>(), teams.ToHashSet());

    private static Actor LeadOf(Guid team) => new(Lead, AccountRole.Member, Actor.Below([team], Parents), new HashSet<Guid> { team });

    private static OkrScope TeamObjective(Guid team) => new(ObjectiveLevel.Team, null, [team], []);

    private static OkrScope Personal(Guid owner, params Guid[] ownerTeams) => new(ObjectiveLevel.Personal, owner, [], ownerTeams);

    [Fact]
    public void Below_LeadOfSales_AlsoLeadsTheTeamsUnderIt()
    {
        Assert.Equal(new HashSet<Guid> { Sales, SalesHungary }, Actor.Below([Sales], Parents));
    }

    [Fact]
    public void CanEditObjective_LeadOfParentTeam_EditsSubTeamObjective()
    {
        Assert.True(AccessRules.CanEditObjective(LeadOf(Sales), TeamObjective(SalesHungary)));
        Assert.False(AccessRules.CanEditObjective(LeadOf(Bd), TeamObjective(SalesHungary)));
    }

    [Fact]
    public void CanCreateObjective_MemberProposesForOwnTeamOnly()
    {
        Assert.True(AccessRules.CanCreateObjective(Member(Anna, Sales), TeamObjective(Sales)));
        Assert.False(AccessRules.CanCreateObjective(Member(Anna, Sales), TeamObjective(Bd)));
        Assert.False(AccessRules.CanCreateObjective(Member(Anna, Sales), new OkrScope(ObjectiveLevel.Company, Anna, [], [])));
    }

    [Fact]
    public void CanMoveObjective_MemberProposesButCannotApprove()
    {
        Assert.True(AccessRules.CanMoveObjective(Member(Anna, Sales), TeamObjective(Sales), ObjectiveStatus.Proposed));
        Assert.False(AccessRules.CanMoveObjective(Member(Anna, Sales), TeamObjective(Sales), ObjectiveStatus.Active));
        Assert.True(AccessRules.CanMoveObjective(LeadOf(Sales), TeamObjective(Sales), ObjectiveStatus.Active));
    }

    [Fact]
    public void CanCheckIn_OwnerYesOtherMemberNoLeadOfOwnersTeamYes()
    {
        var scope = TeamObjective(Sales);
        Assert.True(AccessRules.CanCheckIn(Member(Anna, Sales), scope, Anna, [Sales]));
        Assert.False(AccessRules.CanCheckIn(Member(Bence, Sales), scope, Anna, [Sales]));
        Assert.True(AccessRules.CanCheckIn(LeadOf(Sales), Personal(Anna, SalesHungary), Anna, [SalesHungary]));
    }

    [Fact]
    public void IsAdminOrWritingOwner_AdminsAndOwnersWhoMayWrite_AndThenCheckInHoldsWhateverTheTeams()
    {
        Assert.True(AccessRules.IsAdminOrWritingOwner(AccountRole.Admin, Lead, Anna));
        Assert.True(AccessRules.IsAdminOrWritingOwner(AccountRole.Member, Anna, Anna));
        Assert.False(AccessRules.IsAdminOrWritingOwner(AccountRole.Member, Bence, Anna));
        Assert.False(AccessRules.IsAdminOrWritingOwner(AccountRole.Viewer, Anna, Anna));

        // Whenever the account alone decides, the full rules agree for any objective and any teams: the shortcut never
        // lets in anyone they would refuse.
        OkrScope[] scopes = [TeamObjective(Sales), TeamObjective(Bd), Personal(Bence, SalesHungary), new(ObjectiveLevel.Company, null, [], [])];
        foreach (var role in Enum.GetValues<AccountRole>())
        foreach (var person in new[] { Anna, Bence, Lead })
        {
            if (!AccessRules.IsAdminOrWritingOwner(role, person, Anna)) continue;
            var actor = new Actor(person, role, new HashSet<Guid>(), new HashSet<Guid>());
            foreach (var scope in scopes)
            {
                Assert.True(AccessRules.CanEditKeyResult(actor, scope, Anna));
                Assert.True(AccessRules.CanCheckIn(actor, scope, Anna, []));
            }
        }
    }

    [Fact]
    public void Viewer_ChangesNothingEvenOwnKeyResult()
    {
        var viewer = new Actor(Anna, AccountRole.Viewer, new HashSet<Guid>(), new HashSet<Guid> { Sales });
        Assert.False(AccessRules.CanCheckIn(viewer, Personal(Anna, Sales), Anna, [Sales]));
        Assert.False(AccessRules.CanComment(viewer));
        Assert.False(AccessRules.CanCreateObjective(viewer, Personal(Anna)));
    }

    [Fact]
    public void Admin_MayDoEverything()
    {
        var admin = new Actor(Lead, AccountRole.Admin, new HashSet<Guid>(), new HashSet<Guid>());
        Assert.True(AccessRules.CanAdministrate(admin));
        Assert.True(AccessRules.CanCreateObjective(admin, new OkrScope(ObjectiveLevel.Company, Lead, [], [])));
        Assert.True(AccessRules.CanCheckIn(admin, TeamObjective(Bd), Anna, [Sales]));
    }
}
