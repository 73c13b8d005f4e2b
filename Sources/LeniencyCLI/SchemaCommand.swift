import ArgumentParser
import LeniencyCaseInput
import LeniencyCatalog

/// `leniency schema`: prints a JSON Schema for editors (the YAML language server) to validate files as they are typed.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of rule files (or of case or inspection files).",
        discussion: """
        Point the YAML language server at it, e.g. `leniency schema > .vscode/leniency-rules.schema.json` \
        and `# yaml-language-server: $schema=.vscode/leniency-rules.schema.json` at the top of a rule file.
        """
    )

    @Flag(name: .long, help: "Print the schema of case files instead.")
    var cases = false

    @Flag(name: .long, help: "Print the schema of inspection records instead.")
    var inspections = false

    func validate() throws {
        if cases && inspections { throw ValidationError(say(.usageSchemaOneKind)) }
    }

    func run() throws {
        let schema = cases ? JSONSchemas.cases() : inspections ? JSONSchemas.inspections() : JSONSchemas.rules()
        StandardOutput.write(schema.hasSuffix("\n") ? schema : schema + "\n")
    }
}
