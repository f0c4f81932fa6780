using System.Reflection;
using System.Reflection.Emit;
using Nt2cs.Transpiler.Driver;

namespace Nt2cs.Tests.Translation;

/// <summary>
/// The translator's namespaces read in one direction, each using only those before it: the shared vocabulary
/// (Diagnostics, Clang, CAst), then the stages in the order they run. Checked over the compiled assembly: every
/// type a type's signatures and method bodies (IL) refer to.
/// </summary>
public sealed class LayeringTests
{
    private static readonly string[] s_order =
        ["Diagnostics", "Clang", "CAst", "Parsing", "Lowering", "ControlFlow", "Emit", "Compilation", "Images", "Driver"];

    [Fact]
    public void NoNamespaceUsesALaterOne()
    {
        var assembly = typeof(Translator).Assembly;
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            int rank = Rank(type);
            foreach (var used in References(type).Where(t => t.Assembly == assembly))
            {
                if (Rank(used) > rank)
                    violations.Add($"{Layer(type)} -> {Layer(used)}: {Outermost(type).FullName} uses {Outermost(used).FullName}");
            }
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void EveryTypeIsInALayer()
    {
        var unplaced = typeof(Translator).Assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith("Nt2cs.Transpiler", StringComparison.Ordinal) && Rank(t) < 0)
            .Select(t => t.FullName).ToList();
        Assert.Empty(unplaced);
    }

    /// <summary>The check sees a body's references: a planted upward use would be found.</summary>
    [Fact]
    public void ReferencesIncludeMethodBodies()
    {
        var translator = typeof(Translator);
        var uses = translator.Assembly.GetTypes().Where(t => Outermost(t) == translator).SelectMany(References).ToHashSet();
        Assert.Contains(typeof(Nt2cs.Transpiler.Emit.ImageEmitter), uses);      // called in Translate's body only
        Assert.Contains(typeof(Nt2cs.Transpiler.Parsing.CAstBuilder), uses);    // called in a lambda's body
    }

    private static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;

    private static string Layer(Type type) => (Outermost(type).Namespace ?? "").Split('.').ElementAtOrDefault(2) ?? "";

    private static int Rank(Type type) => Array.IndexOf(s_order, Layer(type));

    /// <summary>Types named by a type's base, interfaces, fields, properties, method signatures and IL.</summary>
    private static IEnumerable<Type> References(Type type)
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var named = new List<Type>();
        if (type.BaseType is { } baseType)
            named.Add(baseType);
        named.AddRange(type.GetInterfaces());
        named.AddRange(type.GetFields(All).Select(f => f.FieldType));
        named.AddRange(type.GetProperties(All).Select(p => p.PropertyType));
        var methods = type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All));
        foreach (var method in methods)
        {
            if (method is MethodInfo info)
                named.Add(info.ReturnType);
            named.AddRange(method.GetParameters().Select(p => p.ParameterType));
            named.AddRange(BodyReferences(method));
        }
        return named.SelectMany(Expand).Distinct();
    }

    /// <summary>A type with its generic arguments, element types and declaring types.</summary>
    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var inner in Expand(type.GetElementType()!))
                yield return inner;
            yield break;
        }
        if (type.IsGenericParameter)
            yield break;
        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
            foreach (var inner in Expand(argument))
                yield return inner;
    }

    private static readonly Dictionary<short, OpCode> s_opcodes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>Every type, member owner and signature type a method's IL names through a metadata token.</summary>
    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
            yield break;
        var module = method.Module;
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (int at = 0; at < il.Length;)
        {
            short value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            var opcode = s_opcodes[value];
            at += opcode.Size;
            int operand = opcode.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
                _ => 4,
            };
            if (opcode.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var member = module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                switch (member)
                {
                    case Type t:
                        yield return t;
                        break;
                    case FieldInfo f:
                        yield return f.DeclaringType!;
                        yield return f.FieldType;
                        break;
                    case MethodBase m:
                        yield return m.DeclaringType!;
                        if (m is MethodInfo called)
                        {
                            yield return called.ReturnType;
                            foreach (var argument in called.IsGenericMethod ? called.GetGenericArguments() : [])
                                yield return argument;
                        }
                        foreach (var parameter in m.GetParameters())
                            yield return parameter.ParameterType;
                        break;
                }
            }
            at += operand;
        }
    }
}
