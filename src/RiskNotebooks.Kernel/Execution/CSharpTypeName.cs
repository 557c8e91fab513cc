using System.Text;

namespace RiskNotebooks.Kernel.Execution;

/// <summary>The fully qualified C# name of a runtime type, for generated declarations (null where C# cannot name it).</summary>
internal static class CSharpTypeName
{
    internal static string? Of(Type type)
    {
        if (!type.IsVisible || type.IsPointer || type.IsByRef || type.IsGenericParameter)
        {
            return null;
        }

        if (type.IsArray)
        {
            var element = Of(type.GetElementType()!);
            return element is null ? null : element + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        if (type.IsNested)
        {
            if (type.IsGenericType)
            {
                return null;
            }

            var outer = Of(type.DeclaringType!);
            return outer is null ? null : outer + "." + type.Name;
        }

        var b = new StringBuilder("global::");
        if (!string.IsNullOrEmpty(type.Namespace))
        {
            b.Append(type.Namespace).Append('.');
        }

        if (!type.IsGenericType)
        {
            return b.Append(type.Name).ToString();
        }

        var name = type.Name;
        b.Append(name.AsSpan(0, name.IndexOf('`', StringComparison.Ordinal) is var tick and >= 0 ? tick : name.Length)).Append('<');
        var first = true;
        foreach (var argument in type.GetGenericArguments())
        {
            var argumentName = Of(argument);
            if (argumentName is null)
            {
                return null;
            }

            b.Append(first ? string.Empty : ", ").Append(argumentName);
            first = false;
        }

        return b.Append('>').ToString();
    }

    /// <summary>The type and its generic arguments and array elements: the assemblies a declaration needs.</summary>
    internal static IEnumerable<Type> Parts(Type type)
    {
        yield return type;
        if (type.HasElementType)
        {
            foreach (var part in Parts(type.GetElementType()!))
            {
                yield return part;
            }
        }

        if (type.IsGenericType)
        {
            foreach (var part in type.GetGenericArguments().SelectMany(Parts))
            {
                yield return part;
            }
        }
    }
}
