using System.Reflection;
using System.Runtime.Loader;

namespace Nt2cs.Runtime;

/// <summary>
/// Finds translated images as files: an image named <c>beta</c> is the assembly <c>beta.dll</c> in one of a list
/// of directories, whose <see cref="TranslatedImageAttribute"/> names the class holding its descriptor.
/// </summary>
public static class ImageFiles
{
    /// <summary>A resolver for <see cref="ImageLoader.Resolve"/> that loads images from <paramref name="directories"/> into <paramref name="context"/>.</summary>
    public static Func<string, ImageDescriptor?> In(IReadOnlyList<string> directories, AssemblyLoadContext context) => name =>
    {
        foreach (var directory in directories)
        {
            var path = Path.Combine(directory, name + ".dll");
            if (File.Exists(path))
                return Read(path, context);
        }
        return null;
    };

    /// <summary>The image an assembly file holds.</summary>
    public static ImageDescriptor Read(string path, AssemblyLoadContext context)
    {
        Assembly assembly;
        try
        {
            assembly = context.LoadFromAssemblyPath(Path.GetFullPath(path));
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException)
        {
            throw new ImageLoadException(NtStatus.InvalidImageFormat, $"{path} is not an nt2cs image: {e.Message}");
        }
        return Of(assembly) ?? throw new ImageLoadException(NtStatus.InvalidImageFormat, $"{path} is not an nt2cs image (no translated image in it)");
    }

    /// <summary>The image an assembly holds, or null if it holds none (or several).</summary>
    public static ImageDescriptor? Of(Assembly assembly) =>
        assembly.GetCustomAttributes<TranslatedImageAttribute>().ToList() is [var only]
            ? only.Image.GetField("__Image", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as ImageDescriptor
            : null;
}
