export * from "./scoreBlock";
export * from "./criterionPoints";
