using Okra.Domain.Common;
using Okra.Domain.Objectives;

namespace Okra.Domain.Tests.Objectives;

/// <summary>The workflow draft → proposed → active → closed, or archived.</summary>
public sealed partial class ObjectiveTests
{
    [Fact]
    public void MoveTo_ProposedToActive_RecordsTheApprover()
    {
        var (objective, lead) = (TeamObjective(), Guid.NewGuid());

        objective.MoveTo(ObjectiveStatus.Proposed, null, Now);
        objective.MoveTo(ObjectiveStatus.Active, lead, Now.AddDays(1));

        Assert.Equal(ObjectiveStatus.Active, objective.Status);
        Assert.Equal(lead, objective.ApprovedById);
        Assert.Equal(Now.AddDays(1), objective.ApprovedAt);
    }

    [Fact]
    public void MoveTo_ClosedBackToActive_KeepsTheFirstApproval()
    {
        var (objective, lead) = (TeamObjective(), Guid.NewGuid());
        objective.MoveTo(ObjectiveStatus.Active, lead, Now);
        objective.MoveTo(ObjectiveStatus.Closed, null, Now.AddDays(90));

        objective.MoveTo(ObjectiveStatus.Active, Guid.NewGuid(), Now.AddDays(91));

        Assert.Equal(lead, objective.ApprovedById);
    }

    [Theory]
    [InlineData(ObjectiveStatus.Draft, ObjectiveStatus.Closed)]
    [InlineData(ObjectiveStatus.Active, ObjectiveStatus.Draft)]
    [InlineData(ObjectiveStatus.Archived, ObjectiveStatus.Active)]
    public void MoveTo_NotAllowedStep_IsRefusedOnStatus(ObjectiveStatus from, ObjectiveStatus to)
    {
        var objective = TeamObjective();
        if (from != ObjectiveStatus.Draft) objective.MoveTo(from, null, Now);

        var error = Assert.Throws<DomainValidationException>(() => objective.MoveTo(to, null, Now));
        Assert.Equal("status", error.Field);
        Assert.Equal(from, objective.Status);
    }

    [Fact]
    public void NextStatuses_Archived_IsEmpty()
    {
        var objective = TeamObjective();
        objective.MoveTo(ObjectiveStatus.Archived, null, Now);

        Assert.Empty(objective.NextStatuses);
    }
}
