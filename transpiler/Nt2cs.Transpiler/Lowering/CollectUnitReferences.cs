using Nt2cs.Transpiler.CAst;

namespace Nt2cs.Transpiler.Lowering;

/// <summary>
/// What each unit's class declares for its own code, so that a unit's C# never names another unit: a unit's code
/// naming an enumeration constant ⇒ the constant in <see cref="CTranslationUnit.Constants"/> (emitted there as a
/// named constant), a macro constant likewise in <see cref="CTranslationUnit.Macros"/>; naming a function the image imports ⇒ <see cref="CTranslationUnit.Imports"/>; taking the
/// address of a function or object another unit defines or another image exports ⇒
/// <see cref="CTranslationUnit.Externals"/> (an entry of the unit's address table that reads the image's). Each unit declares only what it uses, so a use added in one
/// file changes no other file.
/// </summary>
public sealed class CollectUnitReferences : IImagePass
{
    public void Run(CImage image, LoweringContext context)
    {
        var imports = image.Imports.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var imageImports = image.ImageImports.ToDictionary(d => d.Name, StringComparer.Ordinal);
        var seen = new HashSet<(CTranslationUnit, object)>();
        void Use<T>(CTranslationUnit unit, List<T> list, T item) where T : class
        {
            if (seen.Add((unit, item)))
                list.Add(item);
        }
        var code = image.Functions.Select(f => (Unit: f.Unit!, Expressions: CTree.Expressions(f.Body!)))
            .Concat(image.Globals.Where(g => g.Init is not null).Select(g => (Unit: g.Unit!, Expressions: CTree.Expressions(g.Init!))));
        foreach (var (unit, expressions) in code)
        {
            var callees = expressions.OfType<CCall>().Select(c => c.Callee).OfType<CCast>().Select(c => c.Operand).ToHashSet(ReferenceEqualityComparer.Instance);
            foreach (var expr in expressions)
            {
                switch (expr)
                {
                    case CIntLiteral { EnumConstant: { } constant }:
                        Use(unit, unit.Constants, constant);
                        break;
                    case CIntLiteral { Macro: { } macro }:
                        Use(unit, unit.Macros, macro);
                        break;
                    case CDeclRef { Decl: CFunctionDecl function } reference:
                        if (function.Definition is null && imports.TryGetValue(function.Name, out var import))
                            Use(unit, unit.Imports, import);
                        else if (function.ImportedFrom is not null && !callees.Contains(reference))
                            Use(unit, unit.Externals, imageImports[function.Name]);
                        else if (function.Definition is { Unit: { } owner } definition && owner != unit && !callees.Contains(reference))
                            Use<CDecl>(unit, unit.Externals, definition);
                        break;
                    // A struct or array object is reached through its own property, which is its address.
                    case CUnary { Op: CUnaryOp.AddressOf, Operand: CDeclRef { Decl: CVarDecl { Type: CRecordType or CArrayType } } }:
                        break;
                    case CUnary { Op: CUnaryOp.AddressOf, Operand: CDeclRef { Decl: CVarDecl variable } }
                        when (variable.Canonical ?? variable) is { HasStaticDuration: true, Unit: { } owner } storage && owner != unit:
                        Use<CDecl>(unit, unit.Externals, storage);
                        break;
                    case CUnary { Op: CUnaryOp.AddressOf, Operand: CDeclRef { Decl: CVarDecl variable } }
                        when variable.Canonical is { ImportedFrom: not null } imported:
                        Use<CDecl>(unit, unit.Externals, imported);
                        break;
                }
            }
        }
    }
}
