using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Limber.Web.Infrastructure;

/// <summary>
/// The certificates that give Limber a secure context on the phone over the LAN (service worker,
/// Wake Lock, install). Made on first run and kept in the data folder (0600): a small local
/// authority, which the person trusts once on the phone, and the server certificate it signs for
/// this machine's names and LAN addresses. Made again when it expires or the address changes.
/// </summary>
public sealed class LanCertificate
{
    public const string AuthorityFile = "limber-ca.pfx";
    public const string ServerFile = "limber-https.pfx";

    private LanCertificate(X509Certificate2 authority, X509Certificate2 server)
    {
        Authority = authority;
        Server = server;
    }

    /// <summary>The local authority (public part is what the phone trusts).</summary>
    public X509Certificate2 Authority { get; }

    /// <summary>The server certificate Kestrel serves, with its private key.</summary>
    public X509Certificate2 Server { get; }

    /// <summary>SHA-256 of the authority, as the phone's settings show it (AB:CD:...).</summary>
    public string Fingerprint => string.Join(':', Authority.GetCertHash(HashAlgorithmName.SHA256).Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The authority's public certificate (DER), for the phone to install.</summary>
    public byte[] AuthorityDer => Authority.Export(X509ContentType.Cert);

    /// <summary>This machine's IPv4 addresses on the LAN (up, not loopback).</summary>
    public static IReadOnlyList<IPAddress> LanAddresses() =>
        [.. NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))];

    /// <summary>Loads the certificates from <paramref name="folder"/>, or makes them when missing, expired or not for these addresses.</summary>
    public static LanCertificate LoadOrCreate(string folder, IReadOnlyList<IPAddress> addresses, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        Directory.CreateDirectory(folder);
        var authorityPath = Path.Combine(folder, AuthorityFile);
        var serverPath = Path.Combine(folder, ServerFile);
        var authority = Load(authorityPath) is { } a && a.NotAfter > now.UtcDateTime.AddDays(30) ? a : null;
        if (authority is null)
        {
            Save(authorityPath, CreateAuthority(now));
            authority = Load(authorityPath)!;
        }

        var server = Load(serverPath) is { } s && s.NotAfter > now.UtcDateTime.AddDays(7) && s.Issuer == authority.Subject && Covers(s, addresses) ? s : null;
        if (server is null)
        {
            Save(serverPath, CreateServer(authority, addresses, now));
            server = Load(serverPath)!;
        }

        return new LanCertificate(authority, server);
    }

    private static X509Certificate2? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, null, X509KeyStorageFlags.Exportable);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static void Save(string path, X509Certificate2 certificate)
    {
        using var made = certificate;
        var bytes = made.Export(X509ContentType.Pkcs12);
        if (OperatingSystem.IsWindows())
        {
            File.WriteAllBytes(path, bytes);
            return;
        }

        using var file = new FileStream(path, new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, UnixCreateMode = DataFolder.PrivateFile });
        file.Write(bytes);
        File.SetUnixFileMode(path, DataFolder.PrivateFile);
    }

    private static bool Covers(X509Certificate2 server, IReadOnlyList<IPAddress> addresses)
    {
        var names = server.Extensions.OfType<X509SubjectAlternativeNameExtension>().SelectMany(e => e.EnumerateIPAddresses()).ToHashSet();
        return addresses.All(names.Contains);
    }

    private static X509Certificate2 CreateAuthority(DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN=Limber local authority ({Environment.MachineName})", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: true, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        return request.CreateSelfSigned(now.AddDays(-1), now.AddYears(5));
    }

    private static X509Certificate2 CreateServer(X509Certificate2 authority, IReadOnlyList<IPAddress> addresses, DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Limber", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddDnsName(Environment.MachineName.ToLowerInvariant());
        names.AddIpAddress(IPAddress.Loopback);
        foreach (var address in addresses)
        {
            names.AddIpAddress(address);
        }

        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, includeKeyIdentifier: true, includeIssuerAndSerial: false));

        // Phones accept a server certificate of at most 398 days.
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var signed = request.Create(authority, now.AddDays(-1), now.AddDays(397), serial);
        return signed.CopyWithPrivateKey(key);
    }
}
