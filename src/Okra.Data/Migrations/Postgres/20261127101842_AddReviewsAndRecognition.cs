using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Okra.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddReviewsAndRecognition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CarriedOverFromId",
                table: "Objectives",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClosedAt",
                table: "Cycles",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ClosedById",
                table: "Cycles",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Achievements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CycleId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    ObjectiveId = table.Column<Guid>(type: "uuid", nullable: true),
                    KeyResultId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Score = table.Column<decimal>(type: "numeric", nullable: true),
                    AwardedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Achievements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Achievements_Cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "Cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Achievements_KeyResults_KeyResultId",
                        column: x => x.KeyResultId,
                        principalTable: "KeyResults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Achievements_Objectives_ObjectiveId",
                        column: x => x.ObjectiveId,
                        principalTable: "Objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Achievements_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Achievements_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DevelopmentAreas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Goal = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    TargetDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Done = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevelopmentAreas_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Kudos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FromPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    ToTeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    KeyResultId = table.Column<Guid>(type: "uuid", nullable: false),
                    CycleId = table.Column<Guid>(type: "uuid", nullable: false),
                    Message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kudos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Kudos_Cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "Cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Kudos_KeyResults_KeyResultId",
                        column: x => x.KeyResultId,
                        principalTable: "KeyResults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Kudos_People_FromPersonId",
                        column: x => x.FromPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Kudos_People_ToPersonId",
                        column: x => x.ToPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Kudos_Teams_ToTeamId",
                        column: x => x.ToTeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Retrospectives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CycleId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    WentWell = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ToImprove = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    UpdatedById = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Retrospectives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Retrospectives_Cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "Cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Retrospectives_People_UpdatedById",
                        column: x => x.UpdatedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Retrospectives_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CycleId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Notes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedById = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reviews_Cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "Cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reviews_People_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reviews_People_PublishedById",
                        column: x => x.PublishedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    KeyResultId = table.Column<Guid>(type: "uuid", nullable: true),
                    DevelopmentAreaId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackNotes_DevelopmentAreas_DevelopmentAreaId",
                        column: x => x.DevelopmentAreaId,
                        principalTable: "DevelopmentAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FeedbackNotes_KeyResults_KeyResultId",
                        column: x => x.KeyResultId,
                        principalTable: "KeyResults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FeedbackNotes_People_AuthorPersonId",
                        column: x => x.AuthorPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FeedbackNotes_People_SubjectPersonId",
                        column: x => x.SubjectPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ActionItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    OwnerPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Done = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionItems_People_OwnerPersonId",
                        column: x => x.OwnerPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ActionItems_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    KeyResultId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewDecisions_KeyResults_KeyResultId",
                        column: x => x.KeyResultId,
                        principalTable: "KeyResults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReviewDecisions_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewTeams",
                columns: table => new
                {
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewTeams", x => new { x.ReviewId, x.TeamId });
                    table.ForeignKey(
                        name: "FK_ReviewTeams_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReviewTeams_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Objectives_CarriedOverFromId",
                table: "Objectives",
                column: "CarriedOverFromId");

            migrationBuilder.CreateIndex(
                name: "IX_Achievements_CycleId_AwardedAt",
                table: "Achievements",
                columns: new[] { "CycleId", "AwardedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Achievements_KeyResultId",
                table: "Achievements",
                column: "KeyResultId");

            migrationBuilder.CreateIndex(
                name: "IX_Achievements_ObjectiveId",
                table: "Achievements",
                column: "ObjectiveId");

            migrationBuilder.CreateIndex(
                name: "IX_Achievements_PersonId",
                table: "Achievements",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Achievements_TeamId",
                table: "Achievements",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_OwnerPersonId",
                table: "ActionItems",
                column: "OwnerPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_ReviewId",
                table: "ActionItems",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentAreas_PersonId",
                table: "DevelopmentAreas",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackNotes_AuthorPersonId",
                table: "FeedbackNotes",
                column: "AuthorPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackNotes_DevelopmentAreaId",
                table: "FeedbackNotes",
                column: "DevelopmentAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackNotes_KeyResultId",
                table: "FeedbackNotes",
                column: "KeyResultId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackNotes_SubjectPersonId",
                table: "FeedbackNotes",
                column: "SubjectPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Kudos_CycleId_CreatedAt",
                table: "Kudos",
                columns: new[] { "CycleId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Kudos_FromPersonId",
                table: "Kudos",
                column: "FromPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Kudos_KeyResultId",
                table: "Kudos",
                column: "KeyResultId");

            migrationBuilder.CreateIndex(
                name: "IX_Kudos_ToPersonId",
                table: "Kudos",
                column: "ToPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Kudos_ToTeamId",
                table: "Kudos",
                column: "ToTeamId");

            migrationBuilder.CreateIndex(
                name: "IX_Retrospectives_CycleId_TeamId",
                table: "Retrospectives",
                columns: new[] { "CycleId", "TeamId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Retrospectives_TeamId",
                table: "Retrospectives",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_Retrospectives_UpdatedById",
                table: "Retrospectives",
                column: "UpdatedById");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewDecisions_KeyResultId",
                table: "ReviewDecisions",
                column: "KeyResultId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewDecisions_ReviewId",
                table: "ReviewDecisions",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_CreatedById",
                table: "Reviews",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_CycleId_Date",
                table: "Reviews",
                columns: new[] { "CycleId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_PublishedById",
                table: "Reviews",
                column: "PublishedById");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewTeams_TeamId",
                table: "ReviewTeams",
                column: "TeamId");

            migrationBuilder.AddForeignKey(
                name: "FK_Objectives_Objectives_CarriedOverFromId",
                table: "Objectives",
                column: "CarriedOverFromId",
                principalTable: "Objectives",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Objectives_Objectives_CarriedOverFromId",
                table: "Objectives");

            migrationBuilder.DropTable(
                name: "Achievements");

            migrationBuilder.DropTable(
                name: "ActionItems");

            migrationBuilder.DropTable(
                name: "FeedbackNotes");

            migrationBuilder.DropTable(
                name: "Kudos");

            migrationBuilder.DropTable(
                name: "Retrospectives");

            migrationBuilder.DropTable(
                name: "ReviewDecisions");

            migrationBuilder.DropTable(
                name: "ReviewTeams");

            migrationBuilder.DropTable(
                name: "DevelopmentAreas");

            migrationBuilder.DropTable(
                name: "Reviews");

            migrationBuilder.DropIndex(
                name: "IX_Objectives_CarriedOverFromId",
                table: "Objectives");

            migrationBuilder.DropColumn(
                name: "CarriedOverFromId",
                table: "Objectives");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "Cycles");

            migrationBuilder.DropColumn(
                name: "ClosedById",
                table: "Cycles");
        }
    }
}
