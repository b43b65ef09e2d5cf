using System.Net;

namespace Limber.Web.Tests.Support;

public sealed class LimberWebFactoryTests
{
    [Fact]
    public async Task Each_factory_has_its_own_data_directory_and_deletes_it_when_disposed()
    {
        string first;
        using (var app = new LimberWebFactory { Sqlite = true })
        using (var other = new LimberWebFactory { Sqlite = true })
        {
            using var client = app.CreateClient();
            using var otherClient = other.CreateClient();
            (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await otherClient.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
            first = app.DataDirectory;
            first.ShouldNotBe(other.DataDirectory);
            File.Exists(Path.Combine(first, "limber.db")).ShouldBeTrue();
        }

        Directory.Exists(first).ShouldBeFalse();
    }

    [Fact]
    public void The_clock_stands_still_until_moved()
    {
        using var app = new LimberWebFactory { Sqlite = true };
        var clock = app.Clock;

        var before = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromHours(25));

        before.ShouldBe(new DateTimeOffset(2026, 11, 18, 9, 0, 0, TimeSpan.Zero));
        before.Offset.ShouldBe(TimeSpan.Zero);
        clock.GetUtcNow().ShouldBe(before.AddHours(25));
        clock.LocalTimeZone.ShouldBe(TimeZoneInfo.Utc);
    }
}
