export * from "./methodologySchema";
export * from "./validateMethodology";
export * from "./presets";
