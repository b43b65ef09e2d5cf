using System.Net;
using System.Net.Sockets;
using System.Text;
using Limber.Web.Tests.Api;
using Limber.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Tests.Infrastructure;

/// <summary>Bodies are small everywhere; oversize, broken and slow bodies are 4xx problems, never 500s.</summary>
public sealed class RequestLimitsTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>, IDisposable
{
    private readonly HttpClient _client = app.CreateClient();

    public void Dispose() => _client.Dispose();

    private static string Huge => new('x', 70 * 1024);

    [Fact]
    public async Task An_intake_larger_than_64_KB_is_413_as_problem_json()
    {
        using var response = await _client.PostJsonTextAsync("/api/plan", $$"""{"age": 38, "note": "{{Huge}}"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task An_oversize_body_without_a_declared_length_is_413_too()
    {
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes($$"""{"age": 38, "note": "{{Huge}}"}""")));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/plan", UriKind.Relative)) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Theory]
    [InlineData("progress")]
    [InlineData("finish")]
    [InlineData("rating")]
    [InlineData("next-day")]
    public async Task A_session_write_larger_than_64_KB_is_413_and_saves_nothing(string action)
    {
        var (_, sessionId, _) = await Seed.SessionAsync(app);

        using var response = await _client.PostJsonTextAsync($"/api/sessions/{sessionId}/{action}", $$"""{"note": "{{Huge}}"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await app.WithDbAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId))).EndedAt.ShouldBeNull();
    }

    [Fact]
    public async Task A_check_in_form_larger_than_64_KB_is_413_and_makes_no_plan()
    {
        using var browser = app.CreateBrowser();
        var form = await Journeys.FilledCheckInAsync(browser, app.Clock.GetUtcNow(), f => f.Set("Form.Age", Huge));
        var before = await app.WithDbAsync(db => db.Plans.CountAsync());

        using var response = await browser.SubmitAsync(form);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await app.WithDbAsync(db => db.Plans.CountAsync())).ShouldBe(before);
    }
}

/// <summary>Broken HTTP framing against real Kestrel on a loopback port.</summary>
public sealed class BrokenFramingTests : IDisposable
{
    private readonly LimberWebFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_plan_body_shorter_than_its_content_length_is_408_when_the_rest_never_comes()
    {
        var address = _app.StartOnLoopback();
        using var socket = new TcpClient();
        await socket.ConnectAsync(address.Host, address.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("POST /api/plan HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"age\": 38"));

        var answer = await ReadAllAsync(stream);

        answer.ShouldStartWith("HTTP/1.1 408");
        answer.ShouldContain("application/problem+json");
    }

    [Fact]
    public async Task A_plan_body_cut_short_by_the_client_gets_no_500_and_the_server_carries_on()
    {
        var address = _app.StartOnLoopback();
        using (var socket = new TcpClient())
        {
            await socket.ConnectAsync(address.Host, address.Port);
            var stream = socket.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes("POST /api/plan HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"age\": 38"));
            socket.Client.Shutdown(SocketShutdown.Send);

            var answer = await ReadAllAsync(stream);

            answer.ShouldNotContain(" 500 ");
        }

        using var client = new HttpClient { BaseAddress = address };
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_plan_body_that_arrives_too_slowly_is_408_not_500()
    {
        var address = _app.StartOnLoopback();
        using var socket = new TcpClient();
        await socket.ConnectAsync(address.Host, address.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("POST /api/plan HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"));

        // One byte a second, well under the minimum rate, until the server gives up.
        var answer = "";
        for (var i = 0; i < 30 && answer.Length == 0; i++)
        {
            await Task.Delay(1000);
            try
            {
                await stream.WriteAsync(" "u8.ToArray());
            }
            catch (IOException)
            {
                break;
            }

            if (stream.DataAvailable)
            {
                answer = await ReadAllAsync(stream);
            }
        }

        if (answer.Length == 0)
        {
            answer = await ReadAllAsync(stream);
        }

        answer.ShouldStartWith("HTTP/1.1 408");
    }

    private static async Task<string> ReadAllAsync(NetworkStream stream)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[8192];
        var text = new StringBuilder();
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                text.Append(Encoding.ASCII.GetString(buffer, 0, read));
                if (text.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    break;
                }
            }
        }
        catch (IOException)
        {
        }

        return text.ToString();
    }
}
