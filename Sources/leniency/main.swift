import LeniencyCLI
LeniencyCommand.main()
