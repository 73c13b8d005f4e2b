// Placeholder until the LeniencyEngine stage lands.
