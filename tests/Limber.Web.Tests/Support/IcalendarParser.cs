using System.Diagnostics;
using System.Text.Json;

namespace Limber.Web.Tests.Support;

/// <summary>
/// A second, independent iCalendar parser: Debian's python3-icalendar (installed by test.sh). The
/// feed is written with Ical.Net; reading it back with another library catches what Ical.Net
/// would forgive in its own output.
/// </summary>
internal static class IcalendarParser
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string Script = """
        import sys, json, icalendar
        cal = icalendar.Calendar.from_ical(sys.stdin.read())
        events = []
        for e in cal.walk('VEVENT'):
            start = e.decoded('DTSTART')
            rrule = e.get('RRULE')
            events.append({
                'uid': str(e.get('UID')),
                'summary': str(e.get('SUMMARY')),
                'start': start.strftime('%Y-%m-%dT%H:%M'),
                'tzid': e['DTSTART'].params.get('TZID'),
                'utcOffsetMinutes': int(start.utcoffset().total_seconds() // 60) if start.utcoffset() is not None else None,
                'rrule': {k: [str(v) for v in vals] for k, vals in rrule.items()} if rrule else None,
                'alarms': [{'action': str(a.get('ACTION')), 'triggerMinutes': int(a.decoded('TRIGGER').total_seconds() // 60)} for a in e.walk('VALARM')],
            })
        print(json.dumps({
            'version': str(cal.get('VERSION')),
            'timezones': [str(tz.get('TZID')) for tz in cal.walk('VTIMEZONE')],
            'events': events,
        }))
        """;

    public static ParsedCalendar Parse(string ics)
    {
        // Debian's python3 carries python3-icalendar; a python3 earlier on PATH may not.
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var start = new ProcessStartInfo(python, ["-c", Script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start).ShouldNotBeNull();
        process.StandardInput.Write(ics);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, $"python3-icalendar could not read the feed (apt-get install python3-icalendar; ./test.sh installs it): {error}");
        return JsonSerializer.Deserialize<ParsedCalendar>(output, Json).ShouldNotBeNull();
    }
}

internal sealed record ParsedCalendar(string Version, IReadOnlyList<string> Timezones, IReadOnlyList<ParsedEvent> Events);

internal sealed record ParsedEvent(
    string Uid,
    string Summary,
    string Start,
    string? Tzid,
    int? UtcOffsetMinutes,
    Dictionary<string, string[]>? Rrule,
    IReadOnlyList<ParsedAlarm> Alarms);

internal sealed record ParsedAlarm(string Action, int TriggerMinutes);
