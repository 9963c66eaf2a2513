export * from "./parseRankedTables";
export * from "./rerankTable";
