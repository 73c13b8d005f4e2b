// Placeholder until the LeniencyCLI stage lands.
