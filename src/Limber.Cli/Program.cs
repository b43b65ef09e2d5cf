using Limber.Cli;

return LimberCommand.Run(args, Console.Out, Console.Error);
