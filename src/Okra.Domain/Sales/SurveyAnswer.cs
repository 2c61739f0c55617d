namespace Okra.Domain.Sales;

/// <summary>One answer to the NPS question ("how likely are you to recommend us", 0–10).</summary>
public sealed class SurveyAnswer
{
    private SurveyAnswer() { }

    /// <summary>Creates an answer; the score must be 0–10.</summary>
    public SurveyAnswer(string externalId, string? customerExternalId, DateTime answeredAt, DateOnly date, int score, string? comment)
    {
        Id = Common.Uuid7.NewGuid();
        ExternalId = SalesGuard.ExternalId(externalId);
        CustomerExternalId = SalesGuard.Code(customerExternalId, "customer");
        AnsweredAt = SalesGuard.Utc(answeredAt);
        Date = date;
        Score = Common.Guard.InRange(score, 0, 10, "score");
        Comment = Common.Guard.OptionalText(comment, "comment", 2000);
    }

    /// <summary>Identity in Okra.</summary>
    public Guid Id { get; private set; }

    /// <summary>The id in the source system.</summary>
    public string ExternalId { get; private set; } = "";

    /// <summary>The customer's external id.</summary>
    public string? CustomerExternalId { get; private set; }

    /// <summary>When, in UTC.</summary>
    public DateTime AnsweredAt { get; private set; }

    /// <summary>The organisation's day of the answer.</summary>
    public DateOnly Date { get; private set; }

    /// <summary>0–10: 9–10 promoter, 7–8 passive, 0–6 detractor.</summary>
    public int Score { get; private set; }

    /// <summary>What the customer wrote.</summary>
    public string? Comment { get; private set; }
}
