using System.Security.Cryptography;
using System.Text;

namespace Limber.Web.YourData;

/// <summary>
/// An id made from a name, the same every time (SHA-256, laid out as a version-5 UUID): the FHIR export's
/// resource ids from their rows, and an import's ids for rows another account already holds.
/// </summary>
internal static class NamedId
{
    public static Guid Of(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
