export * from "./rank";
export * from "./rankedTable";
