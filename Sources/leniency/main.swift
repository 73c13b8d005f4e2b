import LeniencyCLI

CommandLineEntry.main()
