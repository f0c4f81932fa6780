using System.CommandLine;
using Nt2cs.Transpiler.Driver;

namespace Nt2cs.Cli;

/// <summary><c>nt2cs translate FILE.c… -o DIR</c>: writes the C# and a project that builds against the runtime.</summary>
internal static class TranslateCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "C source files (one program)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("-o", "--output") { Description = "Directory for the generated C# project", Required = true };
        var compiler = new Commands.CompilerOptions();
        var command = new Command("translate", "Translate C files into a C# project") { files, output };
        compiler.AddTo(command);
        command.SetAction(result =>
        {
            var sources = result.GetValue(files)!;
            var directory = result.GetValue(output)!;
            var translation = Translator.Translate(sources, compiler.Read(result));
            if (Commands.Report(translation))
                return translation.InternalError ? Commands.StatusInternalError : Commands.StatusTranslationError;
            Directory.CreateDirectory(directory);
            foreach (var file in translation.Files)
                File.WriteAllText(Path.Combine(directory, file.Name), file.Text);
            var name = Path.GetFileNameWithoutExtension(sources[0]);
            File.WriteAllText(Path.Combine(directory, name + ".csproj"), ProjectFile.For(directory));
            Console.Error.WriteLine($"nt2cs: wrote {translation.Files.Count} files to {directory}");
            return 0;
        });
        return command;
    }
}

/// <summary>The project file of a translated program: an executable referencing the nt2cs runtime.</summary>
internal static class ProjectFile
{
    public static string For(string directory)
    {
        var runtimeProject = FindRuntimeProject();
        var reference = runtimeProject is not null
            ? $"    <ProjectReference Include=\"{Path.GetRelativePath(Path.GetFullPath(directory), runtimeProject)}\" />"
            : $"    <Reference Include=\"Nt2cs.Runtime\"><HintPath>{typeof(Nt2cs.Runtime.Mem).Assembly.Location}</HintPath></Reference>";
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <LangVersion>14</LangVersion>
                <AllowUnsafeBlocks>true</AllowUnsafeBlocks>
                <Nullable>disable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <Optimize>true</Optimize>
                <NoWarn>$(NoWarn);CS0162;CS0164;CS0168;CS0219;CS0414;CS8321;CS8981</NoWarn>
              </PropertyGroup>
              <ItemGroup>
            {reference}
              </ItemGroup>
            </Project>

            """;
    }

    /// <summary>The runtime's project in the nt2cs checkout this tool was built from, if present.</summary>
    private static string? FindRuntimeProject()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "runtime", "Nt2cs.Runtime", "Nt2cs.Runtime.csproj");
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
