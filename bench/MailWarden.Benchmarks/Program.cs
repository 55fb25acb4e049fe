using BenchmarkDotNet.Running;
using MailWarden.Benchmarks;
using MailWarden.Benchmarks.Generating;
using MailWarden.Benchmarks.Measuring;

// generate: a realistic log set of any size; import: the end-to-end figures of the tracking issue;
// anything else goes to BenchmarkDotNet (e.g. --filter '*Parse*').
var command = args.Length > 0 ? args[0] : "";
var rest = new BenchArguments(args.Skip(1).ToArray());
return command switch
{
    "generate" => GenerateCommand.Run(rest),
    "import" => await ImportBenchmarkCommand.RunAsync(rest),
    _ => RunBenchmarkDotNet(args),
};

static int RunBenchmarkDotNet(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(BenchArguments).Assembly).Run(args);
    return 0;
}
