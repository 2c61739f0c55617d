using Microsoft.EntityFrameworkCore;
using Okra.Domain.Feedback;
using Okra.Domain.Recognition;
using Okra.Domain.Reviews;
using Okra.Domain.Scoring;

namespace Okra.Data;

public abstract partial class OkraDbContext
{
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<ReviewTeam> ReviewTeams => Set<ReviewTeam>();
    public DbSet<ReviewDecision> ReviewDecisions => Set<ReviewDecision>();
    public DbSet<ActionItem> ActionItems => Set<ActionItem>();
    public DbSet<Retrospective> Retrospectives => Set<Retrospective>();
    public DbSet<FeedbackNote> FeedbackNotes => Set<FeedbackNote>();
    public DbSet<DevelopmentArea> DevelopmentAreas => Set<DevelopmentArea>();
    public DbSet<Achievement> Achievements => Set<Achievement>();
    public DbSet<Kudos> Kudos => Set<Kudos>();
}
