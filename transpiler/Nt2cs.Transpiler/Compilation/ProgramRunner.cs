using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
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
    public static int Run(byte[]? assembly, string? precompiled, string typeName, string programName, IReadOnlyList<string> args,
        Stream stdout, Stream stderr, Stream? stdin, TimeSpan? timeLimit = null, int typeToken = 0) =>
        Run(assembly, precompiled, typeName, programName, image => HostedRuntime.Run(image, programName, args, stdout, stderr, stdin, timeLimit: timeLimit), typeToken);

    /// <summary>
    /// Loads the image <paramref name="typeName"/> describes (from <paramref name="precompiled"/>, the same
    /// assembly precompiled, when there is one) and hands it to <paramref name="run"/>.
    /// </summary>
    public static int Run(byte[]? assembly, string? precompiled, string typeName, string programName, Func<ImageDescriptor, int> run, int typeToken = 0)
    {
        var type = Load(assembly, precompiled, typeName, programName, typeToken);
        var field = type.GetField("__Image", BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{typeName} has no image descriptor");
        return run((ImageDescriptor)field.GetValue(null)!);
    }

    /// <summary>
    /// The image type of a program loaded in its own, never unloaded, context: by its metadata token when the caller
    /// knows it (<see cref="TypeToken"/>), by name otherwise. A lookup by name parses the name (type names may
    /// carry generic arguments and assembly names), and the parser's first use in a process costs a cached exec
    /// 4 ms of its start: its vector searches are compiled and their types loaded.
    /// </summary>
    public static Type Load(byte[]? assembly, string? precompiled, string typeName, string programName, int typeToken = 0)
    {
        var context = new AssemblyLoadContext(programName, isCollectible: false);
        var loaded = precompiled is not null ? context.LoadFromAssemblyPath(Path.GetFullPath(precompiled))
            : context.LoadFromStream(new MemoryStream(assembly ?? throw new ArgumentNullException(nameof(assembly), "neither the assembly nor a precompiled file")));
        if (typeToken != 0 && ResolveType(loaded, typeToken) is { } type && type.FullName == typeName)
            return type;
        return loaded.GetType(typeName) ?? throw new InvalidOperationException($"generated assembly has no {typeName}");
    }

    private static Type? ResolveType(Assembly assembly, int token)
    {
        try
        {
            return assembly.ManifestModule.ResolveType(token);
        }
        catch (ArgumentException)
        {
            return null;   // no type of that token: found by name instead
        }
    }

    /// <summary>The metadata token of the type <paramref name="typeName"/> (namespace and name) that <paramref name="assembly"/> defines, or 0.</summary>
    public static int TypeToken(byte[] assembly, string typeName)
    {
        int dot = typeName.LastIndexOf('.');
        using var pe = new PEReader(new MemoryStream(assembly, writable: false));
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var definition = metadata.GetTypeDefinition(handle);
            if (metadata.StringComparer.Equals(definition.Name, typeName[(dot + 1)..])
                && metadata.StringComparer.Equals(definition.Namespace, dot < 0 ? "" : typeName[..dot]))
                return MetadataTokens.GetToken(handle);
        }
        return 0;
    }
}
