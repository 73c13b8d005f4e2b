// Placeholder until the LeniencyReports stage lands.
