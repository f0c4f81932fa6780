using System.CommandLine;
using Nt2cs.Transpiler.Clang;

namespace Nt2cs.Cli;

/// <summary><c>nt2cs dump-ast FILE.c</c>: libclang's cursor tree, for working on the translator.</summary>
internal static class DumpAstCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "C source file" };
        var compiler = new Commands.CompilerOptions();
        var command = new Command("dump-ast", "Print libclang's cursors for a C file (translator development)") { file };
        command.Hidden = true;
        compiler.AddTo(command);
        command.SetAction(result =>
        {
            if (!LibClangResolver.TryLoad(out var failure))
                throw new Nt2cs.Transpiler.Driver.LibClangMissingException(failure!);
            using var parsed = ParsedUnit.Parse(Commands.SourceFiles([result.GetValue(file)!])[0], compiler.Read(result).ClangArguments());
            foreach (var diagnostic in parsed.Diagnostics)
                Console.Error.WriteLine(diagnostic);
            foreach (var child in parsed.Root.Children())
            {
                if (Nt2cs.Transpiler.Clang.LibClang.clang_Location_isInSystemHeader(child.Location) == 0)
                    Console.Out.Write(parsed.Dump(child));
            }
            return parsed.HasErrors ? Commands.StatusTranslationError : 0;
        });
        return command;
    }
}
