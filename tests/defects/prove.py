#!/usr/bin/env python3
"""Shows that the tests of issue 10's defects fail without their fixes (run by hand, never in CI).

For each defect it puts the defect back into a throwaway copy of the current commit (one small edit of
the fix), builds, and runs the defect's tests there. Each must FAIL with the defect back; the run ends
with a table and exits 1 if any test still passes with its defect in place (a test that cannot fail).

    python3 tests/defects/prove.py            # every defect (about 15 minutes on 2 cores)
    python3 tests/defects/prove.py 2 5        # only these numbers

Needs what ./test.sh needs for the web and CLI suites (no browser, no PostgreSQL: SQLite only).
"""
import os
import subprocess
import sys
import tempfile

WEB = "tests/Limber.Web.Tests"
CLI = "tests/Limber.Cli.Tests"

# (number, defect, file, the fix as it is now, the defect put back, test project, test filter)
DEFECTS = [
    (1, "bodies of any size reach the endpoints",
     "src/Limber.Web/Infrastructure/RequestLimits.cs",
     "public const long MaxBodyBytes = 64 * 1024;", "public const long MaxBodyBytes = 64L * 1024 * 1024;",
     WEB, "FullyQualifiedName~An_intake_larger_than_64_KB_is_413_as_problem_json"),
    (2, "a second finish overwrites the first (a leg-symptom stop erased)",
     "src/Limber.Data/SessionWrites.cs",
     "db.Sessions.Where(s => s.Id == sessionId && s.EndedAt == null).ExecuteUpdateAsync(",
     "db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(",
     WEB, "FullyQualifiedName~A_second_finish_is_a_conflict_and_keeps_the_stop_for_leg_symptoms"),
    (3, "two progress writes to one new block collide (plain insert, no upsert)",
     "src/Limber.Data/SessionWrites.cs",
     'ON CONFLICT ("SessionRunId", "BlockIndex") DO UPDATE SET "ExerciseId" = excluded."ExerciseId", "Outcome" = excluded."Outcome", "At" = excluded."At"',
     "",
     WEB, "FullyQualifiedName~Two_progress_writes_to_the_same_new_block_at_once_both_succeed_as_one_row"),
    (3, "a double-clicked Start inserts a second open session",
     "src/Limber.Data/SessionWrites.cs",
     '              AND NOT EXISTS (SELECT 1 FROM "Sessions" WHERE "PlanId" = {planId} AND "EndedAt" IS NULL)\n            ON CONFLICT DO NOTHING\n',
     "",
     WEB, "FullyQualifiedName~A_double_clicked_start_makes_one_session"),
    (3, "a double-submitted check-in inserts the check-in again",
     "src/Limber.Data/SessionWrites.cs",
     '{checkIn.IntakeJson}, {db.OwnerId}) ON CONFLICT ("Id") DO NOTHING"""',
     '{checkIn.IntakeJson}, {db.OwnerId})"""',
     WEB, "FullyQualifiedName~A_double_submitted_check_in_makes_one_plan"),
    (4, "a lone surrogate in an intake is read (and throws: a 500, a CLI stack trace)",
     "src/Limber.Core/Planning/IntakeReader.cs",
     'if (LoneSurrogateAt(root, "intake") is { } at)',
     'if (root.ValueKind == JsonValueKind.Null && LoneSurrogateAt(root, "intake") is { } at)',
     WEB, "FullyQualifiedName~MalformedInputSuiteTests"),
    (4, "a POST to the plan page naming no handler reaches the page (NullReferenceException before)",
     "src/Limber.Web/Infrastructure/UnmatchedHandler.cs",
     "context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);",
     "return;",
     WEB, "FullyQualifiedName~A_post_to_the_plan_that_names_no_handler_is_method_not_allowed_and_creates_no_session"),
    (4, "catalog check on 'id: [a' then 'b: c' crashes in YamlDotNet's scanner",
     "src/Limber.Core/Catalog/KnowledgeBaseReader.cs",
     'catch (InvalidOperationException e) when (e.Source == "YamlDotNet")',
     'catch (InvalidOperationException e) when (e.Source == "no such source")',
     CLI, "FullyQualifiedName~Catalog_check_on_an_unclosed_flow_sequence_is_a_problem_with_its_path_not_a_crash"),
    (4, "limber plan --intake with a path that cannot be read prints a stack trace",
     "src/Limber.Cli/Commands/PlanCommand.cs",
     "catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)",
     "catch (Exception e) when (e is UnauthorizedAccessException)",
     CLI, "FullyQualifiedName~An_intake_path_that_names_no_file_exits_2_without_a_stack_trace"),
    (5, "session bodies with unknown fields are accepted",
     "src/Limber.Web/Api/StrictBody.cs",
     "UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,",
     "UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,",
     WEB, "FullyQualifiedName~A_progress_body_that_is_not_exactly_the_request_is_a_bad_request_and_saves_nothing"),
    (5, "progress for a block outside the plan is saved",
     "src/Limber.Data/SessionWrites.cs",
     "if (blockIndex < 0 || blockIndex >= blocks.Count)",
     "if (blockIndex < 0 || blockIndex > 1000)",
     WEB, "FullyQualifiedName~Progress_for_a_block_the_session_does_not_have_is_a_bad_request"),
    (6, "bodiless API errors are the HTML page, not problem+json",
     "src/Limber.Web/Infrastructure/Problems.cs",
     "app.UseWhen(IsApi, api => api.UseStatusCodePages(context => WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode, null)));",
     "",
     WEB, "FullyQualifiedName~An_api_error_is_problem_json_with_its_status"),
    (7, "health data is cacheable (no Cache-Control: no-store)",
     "src/Limber.Web/Infrastructure/SecurityHeaders.cs",
     'headers.CacheControl = "no-store";',
     "",
     WEB, "FullyQualifiedName~Pages_and_api_answers_that_hold_health_data_are_sent_no_store"),
    (7, "the data folder keeps the default permissions (755)",
     "src/Limber.Web/Infrastructure/DataFolder.cs",
     "        Directory.CreateDirectory(dataDirectory, Private);\n        File.SetUnixFileMode(dataDirectory, Private);\n",
     "        Directory.CreateDirectory(dataDirectory);\n",
     WEB, "FullyQualifiedName~The_data_folder_is_0700_and_the_database_files_0600"),
    (8, "HTTPS on the LAN without HSTS",
     "src/Limber.Web/Infrastructure/LanHttps.cs",
     "app.UseHsts();",
     "",
     WEB, "FullyQualifiedName~Https_answers_carry_hsts_and_secure_cookies"),
]


def run(args, cwd, quiet=True):
    return subprocess.run(args, cwd=cwd, stdout=subprocess.PIPE if quiet else None, stderr=subprocess.STDOUT, text=True)


def main():
    wanted = {int(a) for a in sys.argv[1:]}
    repo = subprocess.check_output(["git", "rev-parse", "--show-toplevel"], text=True).strip()
    work = tempfile.mkdtemp(prefix="limber-defects-", dir=os.path.dirname(repo))
    subprocess.check_call(["git", "worktree", "add", "--detach", work, "HEAD"], cwd=repo, stdout=subprocess.DEVNULL)
    env = dict(os.environ, DOTNET_USE_POLLING_FILE_WATCHER="true", LIMBER_TEST_PROVIDER="sqlite")
    results = []
    try:
        for number, defect, path, fixed, broken, project, test in DEFECTS:
            if wanted and number not in wanted:
                continue
            file = os.path.join(work, path)
            text = open(file, encoding="utf-8").read()
            if text.count(fixed) != 1:
                results.append((number, defect, "the fix is not where this script expects it: update the script"))
                continue
            open(file, "w", encoding="utf-8").write(text.replace(fixed, broken))
            built = subprocess.run(["dotnet", "build", project, "-c", "Release", "-p:TreatWarningsAsErrors=false", "-nologo", "-v", "q"],
                                   cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            if built.returncode != 0:
                verdict = "does not build with the defect back: update the script"
            else:
                tested = subprocess.run(["dotnet", "test", project, "-c", "Release", "--no-build", "--filter", test],
                                        cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
                failed = tested.returncode != 0 and "Failed:" in tested.stdout and "Failed:     0" not in tested.stdout
                verdict = "fails with the defect back, as it must" if failed else "PASSES with the defect back: this test proves nothing"
            subprocess.check_call(["git", "checkout", "--", path], cwd=work)
            results.append((number, defect, verdict))
            print(f"{number}. {defect}: {verdict}", flush=True)
    finally:
        subprocess.call(["git", "worktree", "remove", "--force", work], cwd=repo)

    print("\n| # | defect put back | its tests |\n| --- | --- | --- |")
    for number, defect, verdict in results:
        print(f"| {number} | {defect} | {verdict} |")
    return 0 if all(v.startswith("fails") for _, _, v in results) else 1


if __name__ == "__main__":
    sys.exit(main())
