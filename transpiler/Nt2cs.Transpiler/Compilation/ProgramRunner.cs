using System.Reflection;
using System.Runtime.Loader;
using Nt2cs.Runtime;

namespace Nt2cs.Transpiler.Compilation;

/// <summary>
/// Loads a compiled program in its own collectible context and runs its image. Collectible assemblies are not
/// tiered: every method is compiled fully optimised on first call, which suits programs that run for seconds
/// (measured against a tiered load: bench/run about 10% and bench/machine about 15% faster; a hot loop in a
/// function called a few times would otherwise run as on-stack-replacement code).
/// </summary>
public static class ProgramRunner
{
    /// <summary>Runs a hosted program's <c>main</c> on the hosted runtime.</summary>
    public static int Run(byte[] assembly, string typeName, string programName, IReadOnlyList<string> args,
        Stream stdout, Stream stderr, Stream? stdin, TimeSpan? timeLimit = null) =>
        Run(assembly, typeName, programName, image => HostedRuntime.Run(image, programName, args, stdout, stderr, stdin, timeLimit: timeLimit));

    /// <summary>Loads the image <paramref name="typeName"/> describes and hands it to <paramref name="run"/>.</summary>
    public static int Run(byte[] assembly, string typeName, string programName, Func<ImageDescriptor, int> run)
    {
        var context = new AssemblyLoadContext(programName, isCollectible: true);
        try
        {
            var loaded = context.LoadFromStream(new MemoryStream(assembly));
            var type = loaded.GetType(typeName) ?? throw new InvalidOperationException($"generated assembly has no {typeName}");
            var field = type.GetField("__Image", BindingFlags.Public | BindingFlags.Static)
                ?? throw new InvalidOperationException($"{typeName} has no image descriptor");
            return run((ImageDescriptor)field.GetValue(null)!);
        }
        finally
        {
            context.Unload();
        }
    }
}
