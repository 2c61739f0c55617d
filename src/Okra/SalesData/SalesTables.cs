using Okra.Domain.Sales;

namespace Okra.SalesData;

/// <summary>How a column's value is written by the bulk writers.</summary>
public enum ColumnKind
{
    Id,
    Text,
    Date,
    Instant,
    Number,
    WholeNumber,
}

/// <summary>One column of a sales table and how to read its value from a record.</summary>
public sealed record TableColumn<T>(string Name, ColumnKind Kind, Func<T, object?> Get);

/// <summary>
/// A sales table as the bulk writers see it: its name, its columns (the first is <c>Id</c>, the second <c>ExternalId</c>, the
/// upsert key) and the owner and date columns whose old values tell which key results an update touches.
/// </summary>
public sealed record SalesTable<T>(string Name, IReadOnlyList<TableColumn<T>> Columns, string? OwnerColumn, string? DateColumn)
{
    public bool IsActivities => Name == "Activities";
}

/// <summary>The tables of the sales records, matching the EF model (and its migrations) column for column.</summary>
public static class SalesTables
{
    private static TableColumn<T> C<T>(string name, ColumnKind kind, Func<T, object?> get) => new(name, kind, get);

    public static SalesTable<Customer> Customers { get; } = new("Customers",
    [
        C<Customer>("Id", ColumnKind.Id, x => x.Id), C<Customer>("ExternalId", ColumnKind.Text, x => x.ExternalId),
        C<Customer>("Name", ColumnKind.Text, x => x.Name), C<Customer>("Segment", ColumnKind.Text, x => x.Segment),
        C<Customer>("Market", ColumnKind.Text, x => x.Market), C<Customer>("OwnerPersonId", ColumnKind.Id, x => x.OwnerPersonId),
    ], "OwnerPersonId", null);

    public static SalesTable<Deal> Deals { get; } = new("Deals",
    [
        C<Deal>("Id", ColumnKind.Id, x => x.Id), C<Deal>("ExternalId", ColumnKind.Text, x => x.ExternalId),
        C<Deal>("Name", ColumnKind.Text, x => x.Name), C<Deal>("CustomerExternalId", ColumnKind.Text, x => x.CustomerExternalId),
        C<Deal>("Amount", ColumnKind.Number, x => x.Amount), C<Deal>("Currency", ColumnKind.Text, x => x.Currency),
        C<Deal>("Stage", ColumnKind.Text, x => x.Stage), C<Deal>("CreatedOn", ColumnKind.Date, x => x.CreatedOn),
        C<Deal>("ClosedOn", ColumnKind.Date, x => x.ClosedOn), C<Deal>("Status", ColumnKind.Text, x => x.Status.ToString()),
        C<Deal>("OwnerPersonId", ColumnKind.Id, x => x.OwnerPersonId), C<Deal>("Type", ColumnKind.Text, x => x.Type.ToString()),
        C<Deal>("SourceTeamId", ColumnKind.Id, x => x.SourceTeamId), C<Deal>("Market", ColumnKind.Text, x => x.Market),
    ], "OwnerPersonId", "ClosedOn");

    public static SalesTable<SubscriptionMovement> Movements { get; } = new("SubscriptionMovements",
    [
        C<SubscriptionMovement>("Id", ColumnKind.Id, x => x.Id), C<SubscriptionMovement>("ExternalId", ColumnKind.Text, x => x.ExternalId),
        C<SubscriptionMovement>("CustomerExternalId", ColumnKind.Text, x => x.CustomerExternalId),
        C<SubscriptionMovement>("Date", ColumnKind.Date, x => x.Date), C<SubscriptionMovement>("Kind", ColumnKind.Text, x => x.Kind.ToString()),
        C<SubscriptionMovement>("Amount", ColumnKind.Number, x => x.Amount), C<SubscriptionMovement>("Currency", ColumnKind.Text, x => x.Currency),
    ], null, "Date");

    public static SalesTable<Activity> Activities { get; } = new("Activities",
    [
        C<Activity>("Id", ColumnKind.Id, x => x.Id), C<Activity>("ExternalId", ColumnKind.Text, x => x.ExternalId),
        C<Activity>("Type", ColumnKind.Text, x => x.Type.ToString()), C<Activity>("OwnerPersonId", ColumnKind.Id, x => x.OwnerPersonId),
        C<Activity>("OccurredAt", ColumnKind.Instant, x => x.OccurredAt), C<Activity>("Date", ColumnKind.Date, x => x.Date),
        C<Activity>("CustomerExternalId", ColumnKind.Text, x => x.CustomerExternalId), C<Activity>("Outcome", ColumnKind.Text, x => x.Outcome),
    ], "OwnerPersonId", "Date");

    public static SalesTable<SurveyAnswer> SurveyAnswers { get; } = new("SurveyAnswers",
    [
        C<SurveyAnswer>("Id", ColumnKind.Id, x => x.Id), C<SurveyAnswer>("ExternalId", ColumnKind.Text, x => x.ExternalId),
        C<SurveyAnswer>("CustomerExternalId", ColumnKind.Text, x => x.CustomerExternalId), C<SurveyAnswer>("AnsweredAt", ColumnKind.Instant, x => x.AnsweredAt),
        C<SurveyAnswer>("Date", ColumnKind.Date, x => x.Date), C<SurveyAnswer>("Score", ColumnKind.WholeNumber, x => x.Score),
        C<SurveyAnswer>("Comment", ColumnKind.Text, x => x.Comment),
    ], null, "Date");

    public static SalesTable<Complaint> Complaints { get; } = new("Complaints",
    [
        C<Complaint>("Id", ColumnKind.Id, x => x.Id), C<Complaint>("ExternalId", ColumnKind.Text, x => x.ExternalId),
        C<Complaint>("CustomerExternalId", ColumnKind.Text, x => x.CustomerExternalId), C<Complaint>("OpenedAt", ColumnKind.Instant, x => x.OpenedAt),
        C<Complaint>("OpenedOn", ColumnKind.Date, x => x.OpenedOn), C<Complaint>("FirstResponseAt", ColumnKind.Instant, x => x.FirstResponseAt),
        C<Complaint>("ResolvedAt", ColumnKind.Instant, x => x.ResolvedAt), C<Complaint>("ResolvedOn", ColumnKind.Date, x => x.ResolvedOn),
        C<Complaint>("Severity", ColumnKind.Text, x => x.Severity.ToString()), C<Complaint>("OwnerPersonId", ColumnKind.Id, x => x.OwnerPersonId),
    ], "OwnerPersonId", "OpenedOn");

    public static SalesTable<Market> Markets { get; } = new("Markets",
    [
        C<Market>("Id", ColumnKind.Id, x => x.Id), C<Market>("ExternalId", ColumnKind.Text, x => x.ExternalId),
        C<Market>("Name", ColumnKind.Text, x => x.Name), C<Market>("OwnerPersonId", ColumnKind.Id, x => x.OwnerPersonId),
        C<Market>("Status", ColumnKind.Text, x => x.Status.ToString()), C<Market>("IdentifiedOn", ColumnKind.Date, x => x.IdentifiedOn),
        C<Market>("ValidatedOn", ColumnKind.Date, x => x.ValidatedOn), C<Market>("LaunchedOn", ColumnKind.Date, x => x.LaunchedOn),
    ], "OwnerPersonId", "IdentifiedOn");
}
