using System.Security.Cryptography;
using System.Text;

namespace Entente.Web;

/// <summary>
/// Guards writes: a request must carry the configured key in <c>X-Api-Key</c> (401 otherwise); when the server was
/// started without a key, writing is disabled and every write is refused with 403.
/// </summary>
internal sealed class ApiKeyFilter(WebOptions options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (string.IsNullOrEmpty(options.ApiKey))
        {
            return ValueTask.FromResult<object?>(Results.Problem(
                title: "Writing is disabled",
                detail: "this server was started without an API key, so it accepts no writes; restart it with --api-key KEY or ENTENTE_API_KEY",
                statusCode: StatusCodes.Status403Forbidden));
        }
        var given = context.HttpContext.Request.Headers[Header].ToString();
        if (!Matches(given, options.ApiKey))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{Header}\"";
            return ValueTask.FromResult<object?>(Results.Problem(
                title: "API key required",
                detail: given.Length == 0 ? $"this request needs the server's API key in the {Header} header" : $"the {Header} header does not hold the server's API key",
                statusCode: StatusCodes.Status401Unauthorized));
        }
        return next(context);
    }

    internal static bool Matches(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
