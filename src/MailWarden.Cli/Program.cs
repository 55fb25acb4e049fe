using MailWarden.Cli;

return await MailWardenCommandLine.Build().Parse(args).InvokeAsync().ConfigureAwait(false);
