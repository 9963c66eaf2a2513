export * from "./scoreBlock";
export * from "./criterionPoints";
export * from "./whatIf";
export * from "./uncertainty";
