export * from "./parseRankedTables";
export * from "./readTables";
export * from "./rerankTable";
export type * from "./recognise/types";
export { describeTable } from "./recognise/understood";
