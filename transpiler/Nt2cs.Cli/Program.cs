using System.CommandLine;
using Nt2cs.Cli;

// nt2cs: translate NT-style C to C#, and run it. Messages go to stderr; stdout belongs to the program run.
return Commands.Run(args);
