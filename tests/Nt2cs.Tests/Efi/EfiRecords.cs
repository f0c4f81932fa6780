using System.Text.Json;
using Nt2cs.Tests.Support;

namespace Nt2cs.Tests.Efi;

/// <summary>
/// The structures efi.h declares, as clang reads them for the native UEFI target (<see cref="EfiApplications.NativeFlags"/>):
/// every typedef of a struct with its fields, in order, with their C types. The layout tests take the list from here,
/// so a structure added to the headers is covered without editing them.
/// </summary>
public static class EfiRecords
{
    public sealed record Field(string Name, string Type, string DesugaredType);

    /// <summary>A typedef'd structure; <paramref name="Packed"/> when <c>#pragma pack</c> applies (the device path nodes).</summary>
    public sealed record Record(string Name, IReadOnlyList<Field> Fields, bool Packed);

    /// <summary>The structures, the enum typedefs, struct tags by typedef, and the other typedefs with the types they name.</summary>
    public sealed record Declarations(IReadOnlyList<Record> Records, IReadOnlySet<string> Enums, IReadOnlyDictionary<string, string> TagToTypedef,
        IReadOnlyDictionary<string, string> Aliases);

    private static readonly Lazy<Declarations> s_all = new(Read);

    public static Declarations All => s_all.Value;

    private static Declarations Read()
    {
        string file = Path.Combine(Path.GetTempPath(), $"nt2cs-efi-records-{Guid.NewGuid():N}.c");
        File.WriteAllText(file, "#include <efi.h>\n");
        try
        {
            var run = Processes.Run(NativeC.Compiler, [.. EfiApplications.NativeFlags, "-fsyntax-only", "-Xclang", "-ast-dump=json", file],
                TimeSpan.FromMinutes(2));
            if (run.Status != 0)
                throw new InvalidOperationException("clang-19 cannot read efi.h:\n" + run.Stderr);
            using var document = JsonDocument.Parse(run.Stdout);
            return Parse(document.RootElement.GetProperty("inner"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Declarations Parse(JsonElement declarations)
    {
        // Complete struct definitions by id and by tag.
        var byId = new Dictionary<string, JsonElement>();
        var byTag = new Dictionary<string, JsonElement>();
        foreach (var node in declarations.EnumerateArray())
        {
            if (node.GetProperty("kind").GetString() == "RecordDecl" && node.TryGetProperty("completeDefinition", out var complete)
                && complete.GetBoolean())
            {
                byId[node.GetProperty("id").GetString()!] = node;
                if (node.TryGetProperty("name", out var tag) && tag.GetString() is { Length: > 0 } name)
                    byTag[name] = node;
            }
        }

        var records = new List<Record>();
        var enums = new HashSet<string>(StringComparer.Ordinal);
        var tagToTypedef = new Dictionary<string, string>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in declarations.EnumerateArray())
        {
            if (node.GetProperty("kind").GetString() != "TypedefDecl" || !node.TryGetProperty("inner", out var inner))
                continue;
            string name = node.GetProperty("name").GetString()!;
            if (name.StartsWith('_'))
                continue; // the compiler's own (__builtin_va_list…)
            var elaborated = inner[0];
            if (!elaborated.TryGetProperty("ownedTagDecl", out var owned))
            {
                var aliased = node.GetProperty("type");
                aliases[name] = (aliased.TryGetProperty("desugaredQualType", out var plain) ? plain : aliased.GetProperty("qualType")).GetString()!;
                continue;
            }
            string ownedId = owned.GetProperty("id").GetString()!;
            if (owned.GetProperty("kind").GetString() == "EnumDecl")
            {
                enums.Add(name);
                continue;
            }
            string tagName = owned.TryGetProperty("name", out var t) ? t.GetString() ?? "" : "";
            if (!(tagName.Length > 0 ? byTag.TryGetValue(tagName, out var record) : byId.TryGetValue(ownedId, out record)))
                continue;
            if (tagName.Length > 0)
                tagToTypedef[tagName] = name;
            var fields = new List<Field>();
            bool packed = false;
            foreach (var member in record.TryGetProperty("inner", out var members) ? members.EnumerateArray() : default)
            {
                string memberKind = member.GetProperty("kind").GetString()!;
                if (memberKind == "MaxFieldAlignmentAttr")
                    packed = true;
                if (memberKind != "FieldDecl")
                    continue;
                var type = member.GetProperty("type");
                string qualType = type.GetProperty("qualType").GetString()!;
                fields.Add(new Field(member.GetProperty("name").GetString()!, qualType,
                    type.TryGetProperty("desugaredQualType", out var desugared) ? desugared.GetString()! : qualType));
            }
            records.Add(new Record(name, fields, packed));
        }
        return new Declarations(records, enums, tagToTypedef, aliases);
    }
}
