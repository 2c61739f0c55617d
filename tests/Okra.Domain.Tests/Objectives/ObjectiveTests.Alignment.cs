using Okra.Domain.Common;
using Okra.Domain.Cycles;
using Okra.Domain.Objectives;

namespace Okra.Domain.Tests.Objectives;

/// <summary>Alignment: the parent's cycle must contain the child's, and no loops.</summary>
public sealed partial class ObjectiveTests
{
    private static readonly FiscalCalendar Calendar = new();
    private static readonly DateRange Year2027 = Calendar.Year(2027);
    private static readonly DateRange Q1 = Calendar.Quarter(2027, 1);
    private static readonly DateRange Q2 = Calendar.Quarter(2027, 2);

    private static Func<Guid, Guid?> ParentsOf(params Objective[] objectives) =>
        id => objectives.FirstOrDefault(o => o.Id == id)?.ParentObjectiveId;

    [Fact]
    public void AlignTo_QuarterUnderAnnualObjective_IsAllowed()
    {
        var annual = TeamObjective();
        var quarter = TeamObjective();

        quarter.AlignTo(new AlignmentTarget(annual.Id, null, Year2027), Q1, ParentsOf(annual, quarter));

        Assert.Equal(annual.Id, quarter.ParentObjectiveId);
        Assert.Null(quarter.ParentKeyResultId);
    }

    [Fact]
    public void AlignTo_KeyResultOfAnnualObjective_RecordsBoth()
    {
        var (annual, quarter, keyResultId) = (TeamObjective(), TeamObjective(), Guid.NewGuid());

        quarter.AlignTo(new AlignmentTarget(annual.Id, keyResultId, Year2027), Q2, ParentsOf(annual, quarter));

        Assert.Equal((annual.Id, keyResultId), (quarter.ParentObjectiveId!.Value, quarter.ParentKeyResultId!.Value));
    }

    [Fact]
    public void AlignTo_ParentCycleNotContainingChild_IsRefused()
    {
        // A Q1 parent cannot hold a Q2 child, nor a quarter an annual objective.
        var (parent, child) = (TeamObjective(), TeamObjective());

        var error = Assert.Throws<DomainValidationException>(
            () => child.AlignTo(new AlignmentTarget(parent.Id, null, Q1), Q2, ParentsOf(parent, child)));
        Assert.Equal("parentObjectiveId", error.Field);
        var keyResultError = Assert.Throws<DomainValidationException>(
            () => child.AlignTo(new AlignmentTarget(parent.Id, Guid.NewGuid(), Q1), Year2027, ParentsOf(parent, child)));
        Assert.Equal("parentKeyResultId", keyResultError.Field);
        Assert.Null(child.ParentObjectiveId);
    }

    [Fact]
    public void AlignTo_Loop_IsRefused()
    {
        // company ← team ← personal; aligning company under personal would close the loop.
        var (company, team, personal) = (TeamObjective(), TeamObjective(), TeamObjective());
        var parents = ParentsOf(company, team, personal);
        team.AlignTo(new AlignmentTarget(company.Id, null, Q1), Q1, parents);
        personal.AlignTo(new AlignmentTarget(team.Id, null, Q1), Q1, parents);

        var error = Assert.Throws<DomainValidationException>(
            () => company.AlignTo(new AlignmentTarget(personal.Id, null, Q1), Q1, parents));
        Assert.Equal("parentObjectiveId", error.Field);
        Assert.Null(company.ParentObjectiveId);
    }

    [Fact]
    public void AlignTo_Itself_IsRefused()
    {
        var objective = TeamObjective();

        Assert.Throws<DomainValidationException>(
            () => objective.AlignTo(new AlignmentTarget(objective.Id, null, Q1), Q1, ParentsOf(objective)));
    }

    [Fact]
    public void AlignTo_Null_RemovesTheAlignment()
    {
        var (annual, quarter) = (TeamObjective(), TeamObjective());
        quarter.AlignTo(new AlignmentTarget(annual.Id, Guid.NewGuid(), Year2027), Q1, ParentsOf(annual, quarter));

        quarter.AlignTo(null, Q1, ParentsOf(annual, quarter));

        Assert.Null(quarter.ParentObjectiveId);
        Assert.Null(quarter.ParentKeyResultId);
    }
}
