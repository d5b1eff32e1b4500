using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Zaozersk.Reporting.Tests.Architecture;

/// <summary>
/// Which of an assembly's own types each of its types uses, read from the compiled metadata: base
/// types and interfaces, the signatures of fields, methods and properties, generic constraints, and
/// every method body (its locals and each type, method or field its IL names). Nested and
/// compiler-made types (lambdas' closures, async state machines) count as their outermost type, so
/// a reference made inside a lambda is the declaring type's. Not seen: constants (the compiler copies
/// their values), <c>nameof</c> and documentation references, which leave nothing in the IL.
/// </summary>
internal static class TypeReferences
{
    private static readonly Dictionary<short, OperandType> OperandTypes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    /// <summary>Full name of each top-level type → full names of the assembly's other top-level types it uses.</summary>
    public static IReadOnlyDictionary<string, ISet<string>> Of(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var result = new Dictionary<string, ISet<string>>(StringComparer.Ordinal);

        foreach (var handle in reader.TypeDefinitions)
        {
            var outer = Outermost(reader, handle);
            var from = Name(reader, outer);
            if (!result.TryGetValue(from, out var used))
            {
                result[from] = used = new SortedSet<string>(StringComparer.Ordinal);
            }

            var found = new HashSet<TypeDefinitionHandle>();
            Collect(reader, pe, handle, found);
            foreach (var target in found)
            {
                var to = Name(reader, Outermost(reader, target));
                if (to != from)
                {
                    used.Add(to);
                }
            }
        }

        return result;
    }

    private static void Collect(MetadataReader reader, PEReader pe, TypeDefinitionHandle handle, HashSet<TypeDefinitionHandle> found)
    {
        var provider = new Provider(found);
        var type = reader.GetTypeDefinition(handle);
        AddType(reader, type.BaseType, provider);
        foreach (var i in type.GetInterfaceImplementations())
        {
            AddType(reader, reader.GetInterfaceImplementation(i).Interface, provider);
        }

        Constraints(reader, type.GetGenericParameters(), provider);
        foreach (var f in type.GetFields())
        {
            reader.GetFieldDefinition(f).DecodeSignature(provider, null);
        }

        foreach (var p in type.GetProperties())
        {
            reader.GetPropertyDefinition(p).DecodeSignature(provider, null);
        }

        foreach (var m in type.GetMethods())
        {
            var method = reader.GetMethodDefinition(m);
            method.DecodeSignature(provider, null);
            Constraints(reader, method.GetGenericParameters(), provider);
            if (method.RelativeVirtualAddress != 0)
            {
                Body(reader, pe.GetMethodBody(method.RelativeVirtualAddress), provider);
            }
        }
    }

    private static void Constraints(MetadataReader reader, GenericParameterHandleCollection parameters, Provider provider)
    {
        foreach (var g in parameters)
        {
            foreach (var c in reader.GetGenericParameter(g).GetConstraints())
            {
                AddType(reader, reader.GetGenericParameterConstraint(c).Type, provider);
            }
        }
    }

    private static void Body(MetadataReader reader, MethodBodyBlock body, Provider provider)
    {
        if (!body.LocalSignature.IsNil)
        {
            reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(provider, null);
        }

        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            short code = il.ReadByte();
            if (code == 0xFE)
            {
                code = unchecked((short)(0xFE00 | il.ReadByte()));
            }

            switch (OperandTypes[code])
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32(); // read first: `il.Offset += … ReadInt32()` would add to the offset before the read
                    il.Offset += 4 * targets;
                    break;
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    Token(reader, MetadataTokens.EntityHandle(il.ReadInt32()), provider);
                    break;
                default:
                    il.Offset += 4;
                    break;
            }
        }
    }

    private static void Token(MetadataReader reader, EntityHandle handle, Provider provider)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition or HandleKind.TypeReference or HandleKind.TypeSpecification:
                AddType(reader, handle, provider);
                break;
            case HandleKind.MethodDefinition:
                provider.Found.Add(reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.FieldDefinition:
                provider.Found.Add(reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.MemberReference:
                var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                Token(reader, member.Parent, provider);
                if (member.GetKind() == MemberReferenceKind.Method)
                {
                    member.DecodeMethodSignature(provider, null);
                }
                else
                {
                    member.DecodeFieldSignature(provider, null);
                }

                break;
            case HandleKind.MethodSpecification:
                var spec = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                Token(reader, spec.Method, provider);
                spec.DecodeSignature(provider, null);
                break;
        }
    }

    private static void AddType(MetadataReader reader, EntityHandle handle, Provider provider)
    {
        if (handle.IsNil)
        {
            return;
        }

        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                provider.Found.Add((TypeDefinitionHandle)handle);
                break;
            case HandleKind.TypeSpecification:
                reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(provider, null);
                break;
        }
    }

    private static TypeDefinitionHandle Outermost(MetadataReader reader, TypeDefinitionHandle handle)
    {
        while (true)
        {
            var declaring = reader.GetTypeDefinition(handle).GetDeclaringType();
            if (declaring.IsNil)
            {
                return handle;
            }

            handle = declaring;
        }
    }

    private static string Name(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var ns = reader.GetString(type.Namespace);
        var name = reader.GetString(type.Name);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>Decodes signatures only to note the assembly's own types in them.</summary>
    private sealed class Provider(HashSet<TypeDefinitionHandle> found) : ISignatureTypeProvider<object?, object?>
    {
        public HashSet<TypeDefinitionHandle> Found { get; } = found;

        public object? GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            Found.Add(handle);
            return null;
        }

        public object? GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public object? GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => null;
        public object? GetArrayType(object? elementType, ArrayShape shape) => null;
        public object? GetByReferenceType(object? elementType) => null;
        public object? GetFunctionPointerType(MethodSignature<object?> signature) => null;
        public object? GetGenericInstantiation(object? genericType, ImmutableArray<object?> typeArguments) => null;
        public object? GetGenericMethodParameter(object? genericContext, int index) => null;
        public object? GetGenericTypeParameter(object? genericContext, int index) => null;
        public object? GetModifiedType(object? modifier, object? unmodifiedType, bool isRequired) => null;
        public object? GetPinnedType(object? elementType) => null;
        public object? GetPointerType(object? elementType) => null;
        public object? GetPrimitiveType(PrimitiveTypeCode typeCode) => null;
        public object? GetSZArrayType(object? elementType) => null;
    }
}
