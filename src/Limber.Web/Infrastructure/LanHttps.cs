namespace Limber.Web.Infrastructure;

/// <summary>Where the phone opens Limber, and the fingerprint to check when trusting it.</summary>
public sealed record LanAddress(Uri PhoneUrl, string Fingerprint, byte[] AuthorityDer);

/// <summary>
/// <c>Limber:Lan=true</c> (or <c>--Limber:Lan=true</c>): plain http on localhost for this
/// computer, and HTTPS on the LAN for the phone, with the certificate made in the data folder.
/// HSTS is sent on HTTPS (not to localhost); cookies are Secure on HTTPS.
/// </summary>
internal static class LanHttps
{
    public static void AddLanHttps(this WebApplicationBuilder builder)
    {
        builder.Services.AddAntiforgery(options => options.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest);
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = false;
        });

        var limber = new LimberOptions();
        try
        {
            builder.Configuration.GetSection(LimberOptions.Section).Bind(limber);
        }
        catch (InvalidOperationException)
        {
            // A value that does not bind is reported, in one line, when the options are validated at start.
            return;
        }

        if (!limber.Lan)
        {
            return;
        }

        DataFolder.Prepare(limber.DataDirectory);
        var addresses = LanCertificate.LanAddresses();
        var certificate = LanCertificate.LoadOrCreate(limber.DataDirectory, addresses, DateTimeOffset.UtcNow);
        var host = addresses.Count > 0 ? addresses[0].ToString() : Environment.MachineName.ToLowerInvariant();
        builder.Services.AddSingleton(new LanAddress(new Uri($"https://{host}:{limber.LanPort}/"), certificate.Fingerprint, certificate.AuthorityDer));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.ListenLocalhost(limber.LocalPort);
            kestrel.ListenAnyIP(limber.LanPort, listen => listen.UseHttps(certificate.Server));
        });
    }

    public static void UseLanHttps(this WebApplication app)
    {
        app.UseHsts();
    }

    /// <summary>The local authority's certificate, for the phone to install and trust once.</summary>
    public static void MapLanCertificate(this IEndpointRouteBuilder app) =>
        app.MapGet("/lan/limber-ca.cer", (IServiceProvider services) =>
                services.GetService<LanAddress>() is { } lan
                    ? Results.File(lan.AuthorityDer, "application/x-x509-ca-cert", "limber-ca.cer")
                    : Results.NotFound())
            .AllowAnonymous()
            .ExcludeFromDescription();
}
