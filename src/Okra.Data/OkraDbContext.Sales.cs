using Microsoft.EntityFrameworkCore;
using Okra.Domain.Metrics;
using Okra.Domain.Sales;

namespace Okra.Data;

public abstract partial class OkraDbContext
{
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Deal> Deals => Set<Deal>();
    public DbSet<SubscriptionMovement> SubscriptionMovements => Set<SubscriptionMovement>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<ActivityDay> ActivityDays => Set<ActivityDay>();
    public DbSet<SurveyAnswer> SurveyAnswers => Set<SurveyAnswer>();
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<Market> Markets => Set<Market>();
    public DbSet<ExchangeRate> ExchangeRates => Set<ExchangeRate>();
    public DbSet<MetricBinding> MetricBindings => Set<MetricBinding>();
}
