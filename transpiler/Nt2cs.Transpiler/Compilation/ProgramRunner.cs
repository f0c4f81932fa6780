using System.Reflection;
using System.Runtime.Loader;
using Nt2cs.Runtime;

namespace Nt2cs.Transpiler.Compilation;

/// <summary>
/// Loads a compiled program in its own context and runs its image. The context is not collectible: `exec` runs one
/// program and exits, so unloading buys nothing, and in a collectible context a method's entry point changes when
/// it is compiled (its function pointer no longer matches the one its image registered), so the frame walks of
/// <c>_ReturnAddress</c> and of fault reports could not name translated functions. A program precompiled with
/// ReadyToRun is loaded from its file, the only way the runtime uses precompiled code.
/// </summary>
public static class ProgramRunner
{
    /// <summary>Runs a hosted program's <c>main</c> on the hosted runtime.</summary>
    public static int Run(byte[] assembly, string? precompiled, string typeName, string programName, IReadOnlyList<string> args,
        Stream stdout, Stream stderr, Stream? stdin, TimeSpan? timeLimit = null) =>
        Run(assembly, precompiled, typeName, programName, image => HostedRuntime.Run(image, programName, args, stdout, stderr, stdin, timeLimit: timeLimit));

    /// <summary>
    /// Loads the image <paramref name="typeName"/> describes (from <paramref name="precompiled"/>, the same
    /// assembly precompiled, when there is one) and hands it to <paramref name="run"/>.
    /// </summary>
    public static int Run(byte[] assembly, string? precompiled, string typeName, string programName, Func<ImageDescriptor, int> run)
    {
        var type = Load(assembly, precompiled, typeName, programName);
        var field = type.GetField("__Image", BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{typeName} has no image descriptor");
        return run((ImageDescriptor)field.GetValue(null)!);
    }

    /// <summary>The image type of a program loaded in its own, never unloaded, context.</summary>
    public static Type Load(byte[] assembly, string? precompiled, string typeName, string programName)
    {
        var context = new AssemblyLoadContext(programName, isCollectible: false);
        var loaded = precompiled is not null ? context.LoadFromAssemblyPath(Path.GetFullPath(precompiled)) : context.LoadFromStream(new MemoryStream(assembly));
        return loaded.GetType(typeName) ?? throw new InvalidOperationException($"generated assembly has no {typeName}");
    }
}
