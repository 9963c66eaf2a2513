export * from "./rank";
export * from "./rankedTable";
export * from "./movement";
