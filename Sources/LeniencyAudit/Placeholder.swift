// Placeholder until the LeniencyAudit stage lands.
