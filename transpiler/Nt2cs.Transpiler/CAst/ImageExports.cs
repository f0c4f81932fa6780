namespace Nt2cs.Transpiler.CAst;

/// <summary>
/// What an image offers the images linked against it: its functions and globals with external linkage, and its
/// struct types (an image reuses a library's C# type for the same C struct, so values cross the call).
/// </summary>
public sealed class ImageExports(string name, string @namespace, string className)
{
    public string Name { get; } = name;
    public string Namespace { get; } = @namespace;
    public string ClassName { get; } = className;

    /// <summary>The image's class, fully qualified for generated code in another namespace.</summary>
    public string Owner => $"global::{Namespace}.{ClassName}";

    public Dictionary<string, CFunctionDecl> Functions { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, CVarDecl> Globals { get; } = new(StringComparer.Ordinal);

    /// <summary>Struct types by their signature (name, size, fields), with their C# name in this image's namespace.</summary>
    public Dictionary<string, string> Records { get; } = new(StringComparer.Ordinal);

    public static ImageExports Of(CImage image, string @namespace, string className)
    {
        var exports = new ImageExports(image.Name, @namespace, className);
        foreach (var function in image.Functions.Where(f => !f.IsStatic))
            exports.Functions[function.Name] = function;
        foreach (var global in image.Globals.Where(g => g.Storage == CStorage.Global && ReferenceEquals(g.Canonical, g)))
            exports.Globals[global.Name] = global;
        foreach (var record in image.Records.Where(r => r.IsComplete && !r.IsExternal && r.CsName is not null))
            exports.Records.TryAdd(record.Signature, $"global::{@namespace}.{record.CsName}");
        return exports;
    }
}
