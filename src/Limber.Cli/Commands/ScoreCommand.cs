using System.CommandLine;
using Limber.Core.Json;
using Limber.Core.Outcomes;

namespace Limber.Cli.Commands;

/// <summary><c>limber score --instrument NAME --answers FILE|- [--json]</c>: a clinician's questionnaire scored by item number.</summary>
internal static class ScoreCommand
{
    private const int InvalidInput = 2;

    public static Command Create(TextReader input, TextWriter output, TextWriter error)
    {
        var instrument = new Option<string>("--instrument")
        {
            Description = $"The questionnaire: {string.Join(", ", Questionnaires.Instruments)}.",
            Required = true,
        };
        var answers = new Option<string>("--answers")
        {
            Description = "The answers as JSON, by item number (no item texts); '-' reads standard input.",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "Print the score as the contract's JSON." };
        var command = new Command("score", "Score RMDQ, ODI, STarT Back or PSFS answers.") { instrument, answers, json };
        command.SetAction(result => Run(result.GetValue(instrument)!, result.GetValue(answers)!, result.GetValue(json), input, output, error));
        return command;
    }

    private static int Run(string instrument, string path, bool asJson, TextReader input, TextWriter output, TextWriter error)
    {
        string text;
        try
        {
            text = path == "-" ? input.ReadToEnd() : File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            error.WriteLine($"answers: cannot read '{path}': {e.Message}");
            return InvalidInput;
        }

        var result = Questionnaires.Score(instrument, text);
        if (result.Score is not { } score)
        {
            foreach (var problem in result.Problems)
            {
                error.WriteLine(problem);
            }

            return InvalidInput;
        }

        output.WriteLine(asJson ? LimberJson.Serialize(score) : Text(score));
        return 0;
    }

    private static string Text(QuestionnaireScore score)
    {
        var parts = new List<string> { $"{score.Instrument}: {Questionnaires.Display(score)} of {score.Max:0}" };
        if (score.Band is { } band)
        {
            parts.Add($"band {band}");
        }

        if (score.Subscale is { } subscale)
        {
            parts.Add($"distress subscale {subscale} of 5");
        }

        if (score.Missing is { } missing)
        {
            parts.Add(score.Valid ? $"{missing} section(s) unanswered" : $"{missing} sections unanswered, too many to score");
        }

        return string.Join("; ", parts);
    }
}
