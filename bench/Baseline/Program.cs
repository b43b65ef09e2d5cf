// Bare Kestrel plaintext: the ceiling Limber's endpoints are measured against.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapGet("/plaintext", () => "Hello, World!");
app.Run();
