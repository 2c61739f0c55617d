using Okra.Domain.Cycles;
using Okra.Domain.Integrations;
using Okra.Domain.Progress;
using Okra.Domain.Rhythm;

namespace Okra.Domain.Tests.Rhythm;

public class RhythmRulesTests
{
    private static readonly DateOnly Q1 = new(2027, 1, 1); // a Friday

    [Theory]
    [InlineData(CheckInCadence.Weekly, "2027-02-17", "2027-02-15", "2027-02-21")]
    [InlineData(CheckInCadence.Biweekly, "2027-01-01", "2026-12-28", "2027-01-10")]
    [InlineData(CheckInCadence.Biweekly, "2027-01-11", "2027-01-11", "2027-01-24")]
    [InlineData(CheckInCadence.Monthly, "2027-02-17", "2027-02-01", "2027-02-28")]
    public void CheckInPeriod_Of_FollowsTheCadence(CheckInCadence cadence, string day, string start, string end)
    {
        var period = CheckInPeriod.Of(cadence, Q1, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
    }

    [Fact]
    public void CheckInPeriod_IsDue_UntilACheckInFallsInThePeriod()
    {
        var today = new DateOnly(2027, 2, 17);
        Assert.True(CheckInPeriod.IsDue(CheckInCadence.Weekly, Q1, [new DateOnly(2027, 2, 14)], today));
        Assert.False(CheckInPeriod.IsDue(CheckInCadence.Weekly, Q1, [new DateOnly(2027, 2, 15)], today));
        Assert.False(CheckInPeriod.IsDue(CheckInCadence.Monthly, Q1, [new DateOnly(2027, 2, 1)], today));
    }

    [Fact]
    public void WeeklySlot_NextAfter_IsTheNextThursdayNineInTheZone()
    {
        var budapest = TimeZoneInfo.FindSystemTimeZoneById("Europe/Budapest");
        var slot = new WeeklySlot(DayOfWeek.Thursday, new TimeOnly(9, 0), budapest);
        // Monday 15 February 2027 → Thursday 18 February 09:00 CET = 08:00 UTC; exactly at the slot → the week after.
        var next = slot.NextAfter(new DateTimeOffset(2027, 2, 15, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2027, 2, 18, 8, 0, 0, TimeSpan.Zero), next);
        Assert.Equal(new DateTimeOffset(2027, 2, 25, 8, 0, 0, TimeSpan.Zero), slot.NextAfter(next));
        // After the switch to summer time: 09:00 CEST = 07:00 UTC.
        Assert.Equal(new DateTimeOffset(2027, 4, 1, 7, 0, 0, TimeSpan.Zero), slot.NextAfter(new DateTimeOffset(2027, 3, 26, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void BackOff_DoublesFromThirtySeconds_CappedAtAnHour_AndGivesUpAfterEightTries()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), BackOff.After(1));
        Assert.Equal(TimeSpan.FromMinutes(1), BackOff.After(2));
        Assert.Equal(TimeSpan.FromMinutes(4), BackOff.After(4));
        Assert.Equal(TimeSpan.FromHours(1), BackOff.After(9));
        Assert.False(BackOff.GivesUp(7));
        Assert.True(BackOff.GivesUp(8));
    }

    [Fact]
    public void Delivery_Failed_SchedulesByBackOff_ThenGivesUp()
    {
        var now = new DateTimeOffset(2027, 2, 15, 9, 0, 0, TimeSpan.Zero);
        var delivery = Delivery.Email("a@example.test", "s", "b", null, now);
        delivery.Failed(now, null, "refused");
        Assert.Equal(DeliveryState.Pending, delivery.State);
        Assert.Equal(now.AddSeconds(30), delivery.NextAttemptAt);
        for (var i = 1; i < BackOff.MaxAttempts; i++) delivery.Failed(now, 500, "HTTP 500");
        Assert.Equal(DeliveryState.Failed, delivery.State);
        Assert.Equal(BackOff.MaxAttempts, delivery.Attempts);
    }

    [Fact]
    public void WebhookSignature_IsHmacSha256OverTimestampDotBody()
    {
        // Worked by hand: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac secret
        var signature = WebhookSignature.Sign("secret", 1_700_000_000, "{\"a\":1}");
        Assert.Equal("sha256=49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686", signature);
        var at = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        Assert.True(WebhookSignature.IsValid("secret", "1700000000", "{\"a\":1}", signature, at.AddMinutes(4), WebhookSignature.Tolerance));
        Assert.False(WebhookSignature.IsValid("secret", "1700000000", "{\"a\":1}", signature, at.AddMinutes(6), WebhookSignature.Tolerance));
        Assert.False(WebhookSignature.IsValid("secret", "1700000001", "{\"a\":1}", signature, at, WebhookSignature.Tolerance));
        Assert.False(WebhookSignature.IsValid("secret", "1700000000", "{\"a\":2}", signature, at, WebhookSignature.Tolerance));
    }

    [Theory]
    [InlineData(Status.OnTrack, Status.AtRisk, true)]
    [InlineData(Status.NotStarted, Status.OffTrack, true)]
    [InlineData(Status.AtRisk, Status.OffTrack, true)]
    [InlineData(Status.AtRisk, Status.AtRisk, false)]
    [InlineData(Status.OffTrack, Status.OffTrack, false)]
    [InlineData(Status.OffTrack, Status.AtRisk, false)]
    [InlineData(Status.AtRisk, Status.OnTrack, false)]
    public void DigestRules_WentWorse(Status before, Status now, bool expected) => Assert.Equal(expected, DigestRules.WentWorse(before, now));

    [Theory]
    [InlineData(8, 6, true)]
    [InlineData(8, 7, false)]
    [InlineData(null, 2, false)]
    [InlineData(5, null, false)]
    public void DigestRules_ConfidenceDropped_ByTwoOrMore(int? before, int? now, bool expected) =>
        Assert.Equal(expected, DigestRules.ConfidenceDropped(before, now));
}
