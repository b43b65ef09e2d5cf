using Limber.Core.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Limber.Data;

/// <summary>
/// One questionnaire the person filled in: the Patient-Specific Functional Scale, or a clinician's form
/// (RMDQ, ODI, STarT Back) entered by item number. The answers are kept as the contract's answers JSON
/// and the score as the engine gave it, so history shows what was scored then.
/// </summary>
public sealed class QuestionnaireResult : IOwned
{
    public Guid Id { get; set; }

    /// <inheritdoc/>
    public string OwnerId { get; set; } = "";

    /// <summary>rmdq, odi, startback or psfs.</summary>
    public required string Instrument { get; set; }

    public DateTime TakenAt { get; set; }

    /// <summary>The answers as <c>limber score</c> reads them (item numbers and values, never item texts).</summary>
    public required string AnswersJson { get; set; }

    /// <summary>Null when no score could be computed (an ODI with too many sections unanswered).</summary>
    public double? Score { get; set; }

    public string? Band { get; set; }

    public int? Subscale { get; set; }

    public int? Missing { get; set; }

    /// <summary>A scored result, ready to add; the score is the engine's.</summary>
    public static QuestionnaireResult Of(QuestionnaireScore score, string answersJson, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(score);
        return new QuestionnaireResult
        {
            Id = Guid.NewGuid(),
            Instrument = score.Instrument,
            TakenAt = at,
            AnswersJson = answersJson,
            Score = score.Score,
            Band = score.Band,
            Subscale = score.Subscale,
            Missing = score.Missing,
        };
    }
}

/// <summary>The one write path for a scored questionnaire, used by every page that saves one.</summary>
public static class OutcomeWrites
{
    /// <summary>Scores <paramref name="answersJson"/> with the engine and stores it; returns the problems instead when the answers are not valid.</summary>
    public static async Task<(QuestionnaireResult? Saved, IReadOnlyList<AnswerProblem> Problems)> SaveQuestionnaireAsync(
        this LimberDb db, string instrument, string answersJson, DateTime at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var scored = Questionnaires.Score(instrument, answersJson);
        if (scored.Score is not { } score)
        {
            return (null, scored.Problems);
        }

        var result = QuestionnaireResult.Of(score, answersJson, at);
        db.Questionnaires.Add(result);
        await db.SaveChangesAsync(cancellationToken);
        return (result, []);
    }
}

/// <summary>The model of the questionnaire table, applied by <see cref="LimberDb"/>.</summary>
internal static class OutcomesModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<QuestionnaireResult>(e =>
        {
            e.Property(q => q.Id).ValueGeneratedNever();
            e.ToTable("Questionnaires");
            e.Property(q => q.Instrument).HasMaxLength(16).IsRequired();
            e.Property(q => q.AnswersJson).HasMaxLength(4000).IsRequired();
            e.Property(q => q.Band).HasMaxLength(16);
            e.HasIndex(q => new { q.OwnerId, q.TakenAt });
        });
    }
}
