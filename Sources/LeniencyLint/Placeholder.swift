// Placeholder until the LeniencyLint stage lands.
