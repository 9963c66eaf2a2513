export * from "./scoreBlock";
export * from "./criterionPoints";
export * from "./whatIf";
