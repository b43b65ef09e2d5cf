using System.Net;
using System.Security.Cryptography.X509Certificates;
using Limber.Web.Infrastructure;
using Limber.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Limber.Web.Tests.Infrastructure;

/// <summary>A secure context on the phone: a certificate made once in the data folder, HSTS and Secure cookies on HTTPS, and the phone URL on the desktop home page.</summary>
public sealed class LanHttpsTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>, IDisposable
{
    private static readonly IPAddress Lan = IPAddress.Parse("192.168.1.20");

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("limber-lan-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void The_certificate_is_made_once_for_the_lan_address_and_chains_to_the_local_authority()
    {
        var now = LimberWebFactory.Start;

        var first = LanCertificate.LoadOrCreate(_folder.FullName, [Lan], now);
        var again = LanCertificate.LoadOrCreate(_folder.FullName, [Lan], now.AddDays(10));

        again.Server.Thumbprint.ShouldBe(first.Server.Thumbprint);
        again.Fingerprint.ShouldBe(first.Fingerprint);
        first.Fingerprint.Split(':').Length.ShouldBe(32);
        first.Server.HasPrivateKey.ShouldBeTrue();
        first.Server.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single().EnumerateIPAddresses().ShouldContain(Lan);
        first.Server.NotAfter.ShouldBeLessThanOrEqualTo(now.UtcDateTime.AddDays(398));
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(first.Authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = now.UtcDateTime.AddDays(1);
        chain.Build(first.Server).ShouldBeTrue(string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation)));
    }

    [Fact]
    public void A_new_lan_address_gets_a_new_server_certificate_from_the_same_authority()
    {
        var first = LanCertificate.LoadOrCreate(_folder.FullName, [Lan], LimberWebFactory.Start);

        var moved = LanCertificate.LoadOrCreate(_folder.FullName, [IPAddress.Parse("10.0.0.7")], LimberWebFactory.Start);

        moved.Server.Thumbprint.ShouldNotBe(first.Server.Thumbprint);
        moved.Fingerprint.ShouldBe(first.Fingerprint);
    }

    [Fact]
    public void The_private_keys_are_kept_0600()
    {
        LanCertificate.LoadOrCreate(_folder.FullName, [Lan], LimberWebFactory.Start);

        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(Path.Combine(_folder.FullName, LanCertificate.AuthorityFile)).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.GetUnixFileMode(Path.Combine(_folder.FullName, LanCertificate.ServerFile)).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public async Task Https_answers_carry_hsts_and_secure_cookies()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://192.168.1.20:5443/"), AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/check-in", UriKind.Relative));

        response.Headers.TryGetValues("Strict-Transport-Security", out var hsts).ShouldBeTrue();
        hsts!.Single().ShouldContain("max-age=");
        response.Headers.GetValues("Set-Cookie").ShouldAllBe(cookie => cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_desktop_home_page_shows_the_phone_url_as_a_qr_code_with_the_fingerprint()
    {
        var certificate = LanCertificate.LoadOrCreate(_folder.FullName, [Lan], LimberWebFactory.Start);
        var lan = new LanAddress(new Uri("https://192.168.1.20:5443/"), certificate.Fingerprint, certificate.AuthorityDer);
        using var withLan = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton(lan)));
        using var desktop = new Browser(withLan.CreateClient());
        using var phone = withLan.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://192.168.1.20:5443/") });

        var home = await desktop.OpenAsync("/");
        using var onPhone = await phone.GetAsync(new Uri("/", UriKind.Relative));
        using var authority = await desktop.Client.GetAsync(new Uri("/lan/limber-ca.cer", UriKind.Relative));

        home.Find("#phone img").GetAttribute("src")!.ShouldStartWith("data:image/svg+xml;base64,");
        home.Find("#phone img").GetAttribute("alt")!.ShouldContain("https://192.168.1.20:5443/");
        home.Find("#fingerprint").TextContent.ShouldBe(certificate.Fingerprint);
        (await onPhone.Content.ReadAsStringAsync()).ShouldNotContain("id=\"phone\"");
        authority.StatusCode.ShouldBe(HttpStatusCode.OK);
        X509CertificateLoader.LoadCertificate(await authority.Content.ReadAsByteArrayAsync()).Thumbprint.ShouldBe(certificate.Authority.Thumbprint);
    }
}
