public import ArgumentParser
import Synchronization

/// The `leniency` command: rules engine for China's administrative-penalty leniency lists.
public struct LeniencyCommand: ParsableCommand {
    public static var configuration: CommandConfiguration {
        var configuration = plainConfiguration
        // See `CommandLineEntry.parse`: while arguments without `--generate-completion-script` are parsed, the
        // configuration of a command run under another (`_superCommandName`) makes the parser skip its completion
        // request check, which builds two throw-away commands and costs a third of a cold start.
        if skipCompletionCheck.load(ordering: .relaxed) { configuration._superCommandName = "" }
        return configuration
    }

    /// Set only while `CommandLineEntry.parse` parses arguments that cannot ask for a completion script.
    static let skipCompletionCheck = Atomic<Bool>(false)

    static let plainConfiguration = CommandConfiguration(
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
