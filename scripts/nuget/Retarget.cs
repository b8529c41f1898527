// Makes Perspectief.dll a netstandard 2.0 assembly. This machine has no .NET SDK and so no
// netstandard.dll *reference* assembly to compile against (Debian's mono-devel ships only the
// netstandard *facade*, whose 2,367 type forwarders name the types of netstandard 2.0 and point
// them at mscorlib, System, System.Core, ...). So mcs compiles against Mono's .NET Framework
// 4.7.1 reference assemblies, and this tool then:
//   1. checks that every type the assembly references is one the facade forwards, i.e. part
//      of netstandard 2.0 (a type outside it fails the build, naming the type);
//   2. points every such reference at netstandard, Version=2.0.0.0 (the facade's own name and
//      public key token) and drops the framework assembly references;
//   3. marks the assembly [TargetFramework(".NETStandard,Version=v2.0")], as the SDK does.
// What it cannot check: members. A method or overload that .NET Framework has and netstandard
// 2.0 lacks would pass here and fail at run time elsewhere (docs/platforms.md says so).
//
// Usage: mono Retarget.exe IN.dll NETSTANDARD_FACADE.dll OUT.dll
using System;
using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;

static class Retarget
{
    static int Main(string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: Retarget.exe IN.dll NETSTANDARD_FACADE.dll OUT.dll");
            return 2;
        }
        var facade = ModuleDefinition.ReadModule(args[1]);
        var netstandardName = facade.Assembly.Name;
        if (netstandardName.Name != "netstandard" || netstandardName.Version != new Version(2, 0, 0, 0))
        {
            Console.Error.WriteLine($"Retarget: {args[1]} is {netstandardName.FullName}, not netstandard 2.0.0.0");
            return 1;
        }
        var netstandardTypes = new HashSet<string>(facade.ExportedTypes.Select(t => t.FullName));

        var module = ModuleDefinition.ReadModule(args[0]);
        var netstandard = new AssemblyNameReference("netstandard", netstandardName.Version)
        {
            PublicKeyToken = netstandardName.PublicKeyToken,
        };
        var outside = new SortedSet<string>();
        foreach (var type in module.GetTypeReferences())
        {
            // A nested type's scope is its declaring type's, checked as that one.
            if (type.DeclaringType != null || !(type.Scope is AssemblyNameReference)) continue;
            if (netstandardTypes.Contains(type.FullName)) type.Scope = netstandard;
            else outside.Add($"{type.FullName} (from {((AssemblyNameReference)type.Scope).Name})");
        }
        if (outside.Count > 0)
        {
            Console.Error.WriteLine($"Retarget: {args[0]} uses types that are not in netstandard 2.0:");
            foreach (var name in outside) Console.Error.WriteLine("  " + name);
            return 1;
        }
        module.AssemblyReferences.Clear();
        module.AssemblyReferences.Add(netstandard);

        var attributeType = new TypeReference("System.Runtime.Versioning", "TargetFrameworkAttribute", module, netstandard);
        var constructor = new MethodReference(".ctor", module.TypeSystem.Void, attributeType) { HasThis = true };
        constructor.Parameters.Add(new ParameterDefinition(module.TypeSystem.String));
        var targetFramework = new CustomAttribute(constructor);
        targetFramework.ConstructorArguments.Add(new CustomAttributeArgument(module.TypeSystem.String, ".NETStandard,Version=v2.0"));
        targetFramework.Properties.Add(new Mono.Cecil.CustomAttributeNamedArgument("FrameworkDisplayName",
            new CustomAttributeArgument(module.TypeSystem.String, "")));
        module.Assembly.CustomAttributes.Add(targetFramework);

        module.Write(args[2]);
        return 0;
    }
}
