namespace Nt2cs.Runtime;

/// <summary>
/// One entry of an image's import table: a function or object another image exports, by the exporting image's name
/// and the export's name. The loader writes its address (and a function's entry point) when it binds the image;
/// generated code reads them on every use, as NT's code reads its import address table.
/// </summary>
public abstract class ImageImport(string image, string name)
{
    /// <summary>The image that exports it.</summary>
    public string Image { get; } = image;

    public string Name { get; } = name;

    /// <summary>Its code or data address in the exporting image, once bound.</summary>
    public uint Address;
}

/// <summary>An imported function: its code address and the entry point of the method behind it, called directly.</summary>
public sealed class ImportedFunction(string image, string name, string shape) : ImageImport(image, name)
{
    /// <summary>The calling shape the importer declares; the exporter's function must have the same.</summary>
    public string Shape { get; } = shape;

    /// <summary>The method's entry point, once bound (a call through an unbound import never runs: binding precedes all code).</summary>
    public nint Entry;
}

/// <summary>An imported object (a DATA export): generated code reaches it through its address.</summary>
public sealed class ImportedObject(string image, string name) : ImageImport(image, name);

/// <summary>
/// Names the class of an assembly that holds a translated image (its <c>__Image</c> descriptor), so a loader can
/// find it. An image file has one; an assembly of several images compiled together (the tests' batches) is no image file.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class TranslatedImageAttribute(Type image) : Attribute
{
    public Type Image { get; } = image;
}
