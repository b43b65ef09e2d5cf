using Microsoft.AspNetCore.Http.Features;
using BadHttpRequestException = Microsoft.AspNetCore.Http.BadHttpRequestException;
using MinDataRate = Microsoft.AspNetCore.Server.Kestrel.Core.MinDataRate;

namespace Limber.Web.Infrastructure;

/// <summary>
/// Every request body is small (an intake is a few KB, a rating note at most 2000 characters), so
/// every endpoint takes at most <see cref="MaxBodyBytes"/>; more is answered 413 as problem+json. The one
/// exception is restoring an export (<see cref="YourData.LimberImport.MaxBytes"/>).
/// Kestrel also drops bodies that arrive too slowly (408) and waits only briefly for headers.
/// </summary>
internal static class RequestLimits
{
    public const long MaxBodyBytes = 64 * 1024;

    public static void AddRequestLimits(this WebApplicationBuilder builder) =>
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));
        });

    /// <summary>
    /// Refuses a declared length over the limit before reading a byte, and bounds bodies of no
    /// declared length where the server does not (the in-memory test server).
    /// </summary>
    public static void UseRequestLimits(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            var max = YourData.YourDataRegistration.MayCarryExport(context.Request) ? YourData.LimberImport.MaxBytes : MaxBodyBytes;
            if (context.Request.ContentLength > max)
            {
                await Problems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {Size(max)}.");
                return;
            }

            var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (limit is { IsReadOnly: false })
            {
                limit.MaxRequestBodySize = max;
            }
            else if (limit is null && context.Request.ContentLength is null)
            {
                context.Request.Body = new BoundedBody(context.Request.Body, max);
            }

            await next(context);
        });

    private static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / 1024 / 1024} MB" : $"{bytes / 1024} KB";

    /// <summary>A request body that refuses to be read past a limit, as Kestrel does.</summary>
    private sealed class BoundedBody(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            _read += read;
            return _read > limit
                ? throw new BadHttpRequestException("The request body is too large.", StatusCodes.Status413PayloadTooLarge)
                : read;
        }
    }
}
