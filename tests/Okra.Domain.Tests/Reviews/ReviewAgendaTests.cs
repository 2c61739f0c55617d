using Okra.Domain.Progress;
using Okra.Domain.Reviews;

namespace Okra.Domain.Tests.Reviews;

public sealed class ReviewAgendaTests
{
    private static readonly DateOnly Meeting = Kit.Day(2, 17); // a Wednesday; its ISO week runs 15–21 February
    private static readonly DateOnly LastReview = Kit.Day(2, 10);

    private static AgendaKeyResult Kr(Status status, params AgendaCheckIn[] checkIns) => new(Guid.NewGuid(), Guid.NewGuid(), status, checkIns);

    private static AgendaCheckIn On(int month, int day, int? confidence, string? blockers = null) => new(Kit.Day(month, day), confidence, blockers);

    [Fact]
    public void Of_OffTrackAndAtRisk_AreListedByStatus()
    {
        var off = Kr(Status.OffTrack, On(2, 15, 4));
        var risk = Kr(Status.AtRisk, On(2, 15, 6));
        var fine = Kr(Status.OnTrack, On(2, 15, 8));

        var agenda = ReviewAgenda.Of([off, risk, fine], [], Meeting, LastReview);

        Assert.Equal([off.Id], agenda.OffTrack);
        Assert.Equal([risk.Id], agenda.AtRisk);
    }

    [Theory]
    [InlineData(8, 6, true)]
    [InlineData(8, 7, false)]
    [InlineData(5, 9, false)]
    public void Of_ConfidenceDropOfTwoOrMoreBetweenTheLastTwoCheckIns_IsListed(int before, int after, bool listed)
    {
        var kr = Kr(Status.OnTrack, On(1, 20, 10), On(2, 8, before), On(2, 15, after));

        var agenda = ReviewAgenda.Of([kr], [], Meeting, LastReview);

        Assert.Equal(listed, agenda.ConfidenceDrops.Any(d => d.KeyResultId == kr.Id && d.From == before && d.To == after));
    }

    [Fact]
    public void Of_SystemCheckInsWithoutConfidence_DoNotHideADrop()
    {
        var kr = Kr(Status.OnTrack, On(2, 8, 9), On(2, 12, null), On(2, 15, 6));

        Assert.Single(ReviewAgenda.Of([kr], [], Meeting, LastReview).ConfidenceDrops);
    }

    [Fact]
    public void Of_Blockers_CountOnlyAfterTheLastReviewUpToTheMeeting()
    {
        var kr = Kr(Status.AtRisk, On(2, 10, 7, "old"), On(2, 11, 6, " new "), On(2, 18, 6, "after the meeting"));

        var agenda = ReviewAgenda.Of([kr], [], Meeting, LastReview);

        Assert.Equal([new RaisedBlocker(kr.Id, Kit.Day(2, 11), "new")], agenda.Blockers);
    }

    [Fact]
    public void Of_NoCheckInInTheMeetingsIsoWeek_IsListedUnlessAchieved()
    {
        var lastWeek = Kr(Status.OnTrack, On(2, 14, 7));
        var thisWeek = Kr(Status.OnTrack, On(2, 15, 7));
        var never = Kr(Status.NotStarted);
        var done = Kr(Status.Achieved, On(2, 1, 10));

        var agenda = ReviewAgenda.Of([lastWeek, thisWeek, never, done], [], Meeting, LastReview);

        Assert.Equal([lastWeek.Id, never.Id], agenda.NoCheckInThisWeek);
    }

    [Fact]
    public void Of_SharedObjectives_AreTheOnesOwnedByMoreThanOneTeam()
    {
        var shared = new AgendaObjective(Guid.NewGuid(), IsShared: true);

        Assert.Equal([shared.Id], ReviewAgenda.Of([], [shared, new AgendaObjective(Guid.NewGuid(), false)], Meeting, LastReview).SharedObjectives);
    }

    [Theory]
    [InlineData(ReviewKind.Weekly, 2, 10)]
    [InlineData(ReviewKind.Monthly, 1, 17)]
    [InlineData(ReviewKind.Quarterly, 12, 31)]
    public void DefaultSince_LooksBackOnePeriodOfTheKind_NotBeforeTheCycle(ReviewKind kind, int month, int day)
    {
        var expected = month == 12 ? new DateOnly(2026, 12, 31) : Kit.Day(month, day);
        Assert.Equal(expected, ReviewAgenda.DefaultSince(kind, Meeting, Kit.Q1.Start));
    }
}
