using System.Reflection;
using System.Runtime.Loader;
using Nt2cs.Runtime;

namespace Nt2cs.Transpiler.Compilation;

/// <summary>Loads a compiled hosted program and runs its <c>main</c> on the hosted runtime.</summary>
public static class ProgramRunner
{
    public static int Run(byte[] assembly, string typeName, string programName, IReadOnlyList<string> args,
        Stream stdout, Stream stderr, Stream? stdin)
    {
        var context = new AssemblyLoadContext(programName, isCollectible: true);
        try
        {
            var loaded = context.LoadFromStream(new MemoryStream(assembly));
            var type = loaded.GetType(typeName) ?? throw new InvalidOperationException($"generated assembly has no {typeName}");
            var field = type.GetField("__Image", BindingFlags.Public | BindingFlags.Static)
                ?? throw new InvalidOperationException($"{typeName} has no image descriptor");
            var image = (ImageDescriptor)field.GetValue(null)!;
            return HostedRuntime.Run(image, programName, args, stdout, stderr, stdin);
        }
        finally
        {
            context.Unload();
        }
    }
}
