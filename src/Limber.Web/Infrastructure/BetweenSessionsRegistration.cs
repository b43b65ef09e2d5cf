using Limber.Core.Learn;

namespace Limber.Web.Infrastructure;

/// <summary>Reminders, the calendar feed, Learn and feedback: what keeps a person going between sessions.</summary>
internal static class BetweenSessionsRegistration
{
    public static void AddLimberBetweenSessions(this IServiceCollection services)
    {
        services.AddSingleton(_ => LearnLibrary.Embedded);
        services.AddSingleton<Learn.ArticleRenderer>();
        services.AddScoped<Reminders.ReminderBook>();
        services.AddScoped<Feedback.FeedbackBox>();
    }
}
