public import ArgumentParser

/// The `leniency` command: rules engine for China's administrative-penalty leniency lists.
public struct LeniencyCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "leniency",
        abstract: "Executable leniency lists (不予处罚/减轻/从轻清单), discretion standards and supervision checks.",
        version: "0.1.0",
        subcommands: [
            // In the order a newcomer meets them: officers, rule authors, supervisors, editors.
            CheckCommand.self,
            ServeCommand.self,
            RegisterCommand.self,
            LintCommand.self,
            TestCommand.self,
            DiffCommand.self,
            PublishCommand.self,
            AuditCommand.self,
            SchemaCommand.self,
            FactsCommand.self,
            ViolationsCommand.self,
            ListsCommand.self,
        ]
    )

    public init() {}
}
