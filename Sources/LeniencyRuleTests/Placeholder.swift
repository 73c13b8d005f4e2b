// Placeholder until the LeniencyRuleTests stage lands.
