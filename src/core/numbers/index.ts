export * from "./parseVietnameseNumber";
export * from "./formatVietnameseNumber";
