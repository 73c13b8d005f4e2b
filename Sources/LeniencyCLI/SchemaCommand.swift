import ArgumentParser
import LeniencyCaseInput
import LeniencyCatalog

/// `leniency schema`: prints a JSON Schema for editors (the YAML language server) to validate files as they are typed.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of rule files and rule tests (or of case or inspection files).",
        discussion: """
        Point the YAML language server at it, e.g. `leniency schema > .vscode/leniency-rules.schema.json` \
        and `# yaml-language-server: $schema=.vscode/leniency-rules.schema.json` at the top of a rule file.
        """
    ).parsedDirectly()

    @Flag(name: .long, help: "Print the schema of case files instead.")
    var cases = false

    @Flag(name: .long, help: "Print the schema of inspection records instead.")
    var inspections = false

    @Option(name: .long, help: "Rules folder whose facts type the `facts:` of cases and tests (default: $LENIENCY_RULES, else ./rules; untyped when it cannot be loaded).")
    var rules: String?

    func validate() throws {
        if cases && inspections { throw ValidationError(say(.usageSchemaOneKind)) }
    }

    func run() throws {
        // The vocabulary types fact values; without loadable rules the schema still serves, with facts untyped.
        let loaded = CatalogLoader.load(paths: [RulesLocation.resolve(explicit: rules, fallbackPaths: [])])
        let catalog = loaded.diagnostics.contains { $0.severity == .error } ? nil : loaded.catalog
        let schema = cases ? JSONSchemas.cases(catalog: catalog) : inspections ? JSONSchemas.inspections()
            : JSONSchemas.rulesAndTests(catalog: catalog)
        StandardOutput.write(schema.hasSuffix("\n") ? schema : schema + "\n")
    }
}
