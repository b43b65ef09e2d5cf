using Limber.Cli;

return LimberCommand.Run(args, Console.In, Console.Out, Console.Error, TimeProvider.System);
