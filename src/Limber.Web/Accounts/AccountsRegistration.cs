using System.Net;
using System.Threading.RateLimiting;
using Limber.Data;
using Limber.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.RateLimiting;

namespace Limber.Web.Accounts;

/// <summary>
/// Hosted mode's accounts: ASP.NET Core Identity on <see cref="LimberDb"/>, the sign-in cookie, the rule that
/// everything holding health data needs a signed-in person, rate limits, and forwarded headers from a
/// trusted reverse proxy. Local mode registers none of it but the owner, which is always the local person.
/// </summary>
public static class AccountsRegistration
{
    /// <summary>Rate-limit policy of sign-in and register posts: per client address.</summary>
    public const string SignInPolicy = "sign-in";

    /// <summary>Rate-limit policy of the API calls that stay open in hosted mode (plan, catalog): per client address.</summary>
    public const string OpenApiPolicy = "open-api";

    /// <summary>Sign-in and register posts one address may make per window.</summary>
    public const int SignInPermits = 10;

    public static readonly TimeSpan SignInWindow = TimeSpan.FromMinutes(5);

    public const string CookieName = "limber.auth";

    public static void AddLimberAccounts(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddSingleton<CurrentOwner>();

        var hosted = LimberOptions.IsHostedIn(builder.Configuration);
        services.AddAuthorization(options =>
        {
            if (hosted)
            {
                // Everything needs a signed-in person unless it is marked open: new pages are private by default.
                options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            }
        });
        services.AddRateLimiter(limits => AddLimits(limits, hosted));
        if (!hosted)
        {
            return;
        }

        services.AddScoped<InviteBook>();
        services.AddIdentityCore<LimberAccount>(options =>
            {
                // Length over composition rules (NIST SP 800-63B); a lockout after repeated failures.
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.SignIn.RequireConfirmedAccount = false;
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddEntityFrameworkStores<LimberDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();

        // A passkey's signed origin must be this site as the request reached it (after a trusted proxy's
        // forwarded scheme). Identity's default compares it with the Origin header instead, which browsers
        // send as "null" under this site's no-referrer policy.
        services.Configure<IdentityPasskeyOptions>(passkeys => passkeys.ValidateOrigin = context =>
            ValueTask.FromResult(!context.CrossOrigin
                && string.Equals(context.Origin, $"{context.HttpContext.Request.Scheme}://{context.HttpContext.Request.Host}", StringComparison.OrdinalIgnoreCase)));
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/login";
            cookie.ReturnUrlParameter = "returnUrl";

            // The API answers 401 rather than sending a browser to a page.
            cookie.Events.OnRedirectToLogin = context => Deny(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => Deny(context, StatusCodes.Status404NotFound);
        });

        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = 1;
            foreach (var proxy in builder.Configuration.GetSection($"{LimberOptions.Section}:{nameof(LimberOptions.TrustedProxies)}").Get<string[]>() ?? [])
            {
                if (System.Net.IPNetwork.TryParse(proxy, out var network))
                {
                    forwarded.KnownIPNetworks.Add(network);
                }
                else if (IPAddress.TryParse(proxy, out var address))
                {
                    forwarded.KnownProxies.Add(address);
                }
            }
        });
    }

    /// <summary>Forwarded headers (hosted), then who is signed in, what they may see, and the rate limits.</summary>
    public static void UseLimberAccounts(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var hosted = LimberOptions.IsHostedIn(app.Configuration);
        if (hosted)
        {
            app.UseAuthentication();
        }
        else
        {
            // Local mode has no accounts: the account pages are not found.
            app.UseWhen(
                context => context.Request.Path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase),
                pages => pages.Run(context =>
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                }));
        }

        app.UseAuthorization();
        app.UseRateLimiter();
    }

    /// <summary>Forwarded headers come first, so the scheme and client address are right for everything after.</summary>
    public static void UseLimberForwardedHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (LimberOptions.IsHostedIn(app.Configuration))
        {
            app.UseForwardedHeaders();
        }
    }

    /// <summary>Pages anyone may open in hosted mode; every other page needs a signed-in person.</summary>
    public static void AddOpenPages(PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AllowAnonymousToPage("/Index");
        conventions.AllowAnonymousToPage("/Error");
        conventions.AllowAnonymousToPage("/NotFound");
        conventions.AllowAnonymousToFolder("/Account");
        conventions.AllowAnonymousToFolder("/Sources");
        conventions.AllowAnonymousToFolder("/Exercises");
        conventions.AllowAnonymousToFolder("/Learn");
    }

    private static Task Deny(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || status == StatusCodes.Status404NotFound)
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static void AddLimits(RateLimiterOptions limits, bool hosted)
    {
        limits.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limits.OnRejected = async (context, cancellationToken) =>
        {
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await Problems.WriteTooManyAsync(context.HttpContext, cancellationToken);
        };

        // Only posts count: opening the sign-in page is free, trying passwords is not.
        limits.AddPolicy(SignInPolicy, http => http.Request.Method == HttpMethods.Post
            ? RateLimitPartition.GetFixedWindowLimiter(ClientOf(http), _ => new FixedWindowRateLimiterOptions { PermitLimit = SignInPermits, Window = SignInWindow, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("pages"));
        // Local mode serves one person on their own machine: the open API is not limited there.
        limits.AddPolicy(OpenApiPolicy, http => hosted
            ? RateLimitPartition.GetFixedWindowLimiter(ClientOf(http), _ => new FixedWindowRateLimiterOptions { PermitLimit = 120, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("local"));
    }

    private static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
