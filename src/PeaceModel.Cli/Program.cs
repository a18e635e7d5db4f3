using PeaceModel.Cli;

return await PeaceModelCli.RunAsync(args, CliEnvironment.FromConsole());
