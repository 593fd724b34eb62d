using Entente.Cli;

return await CliApp.RunAsync(args, CliContext.FromConsole());
