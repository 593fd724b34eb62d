namespace Entente.Web.Pages;

/// <summary>The stylesheet of the pages, embedded in the assembly and served from <c>/assets/</c> (no CDN).</summary>
internal static class Assets
{
    public const string CssPath = "/assets/entente.css";

    private static readonly Lazy<byte[]> Css = new(() =>
    {
        using var stream = typeof(Assets).Assembly.GetManifestResourceStream("Entente.Web.Assets.entente.css")
            ?? throw new InvalidOperationException("the embedded stylesheet Entente.Web.Assets.entente.css is missing");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    });

    public static IEndpointRouteBuilder MapAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet(CssPath, (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(Css.Value, "text/css; charset=utf-8");
        }).ExcludeFromDescription();
        return app;
    }
}
