export * from "./checkTable";
export * from "./finding";
export * from "./ruleSchema";
export * from "./ruleExpression";
export * from "./defaultRules";
export * from "./fromRecognised";
export * from "./runChecks";
