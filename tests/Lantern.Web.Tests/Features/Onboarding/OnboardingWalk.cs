using System.Globalization;
using System.Net;
using Lantern.Web.Tests.Infrastructure;
using Steps = Lantern.Web.Features.Onboarding.OnboardingSteps;

namespace Lantern.Web.Tests.Features.Onboarding;

/// <summary>
/// Onboarding's pages walked as a browser without JavaScript walks them: one form per step, each posted with the
/// step's number. A test gives every answer at once and each step keeps only its own.
/// </summary>
public static class OnboardingWalk
{
    /// <summary>Age 44, an adult present, "no" to every history question: answers that pass every required step.</summary>
    public static List<(string Name, string Value)> Required(string support = "adult-present-during-doses")
    {
        List<(string, string)> fields = [("Input.AgeYears", "44"), ("Input.SupportAtHome", support)];
        fields.AddRange(Lantern.Web.Features.Onboarding.IndexModel.HistoryQuestions.Select(q => ($"Input.{q.Property}", "no")));
        return fields;
    }

    /// <summary>Posts one step (Continue, or Back with <paramref name="back"/>).</summary>
    public static Task<FormResult> StepAsync(HttpClient client, int step, IEnumerable<(string Name, string Value)> fields, bool back = false, string? token = null) =>
        PageForms.SubmitAsync(client, "/onboarding", [.. fields, ("Step", step.ToString(CultureInfo.InvariantCulture)), ("Move", back ? "back" : "continue")], token);

    /// <summary>
    /// Posts <paramref name="fields"/> to every step from the first to <paramref name="through"/> (all of them by default),
    /// checking that each step moves on; returns the last step's answer (on the last step, the result page).
    /// </summary>
    public static async Task<FormResult> CompleteAsync(HttpClient client, IEnumerable<(string Name, string Value)> fields, int? through = null)
    {
        var token = await PageForms.TokenAsync(client, "/onboarding");
        var given = fields.ToArray();
        FormResult? answer = null;
        for (var step = 1; step <= (through ?? Steps.Count); step++)
        {
            answer = await StepAsync(client, step, given, token: token);
            if (step == Steps.Count)
            {
                Assert.True(answer.Status == HttpStatusCode.OK, $"Last step: {(int)answer.Status} {answer.Location}");
                continue;
            }

            // Moving on is a redirect to the next step, or, after a red flag, the next step shown under the crisis route.
            Assert.True(
                answer.Location == $"/onboarding?step={step + 1}"
                    || (answer.Status == HttpStatusCode.OK && answer.Html.Contains($"name=\"Step\" value=\"{step + 1}\"", StringComparison.Ordinal)),
                $"Step {step} did not move on: {(int)answer.Status} {answer.Location}\n{ErrorSummary(answer.Html)}");
        }

        return answer!;
    }

    private static string ErrorSummary(string html)
    {
        var start = html.IndexOf("class=\"error-summary\"", StringComparison.Ordinal);
        return start < 0 ? "(no error summary)" : html[start..Math.Min(html.Length, start + 800)];
    }
}
