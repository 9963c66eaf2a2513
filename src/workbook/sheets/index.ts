/** The structured sheets, one codec each: what is written is what is read back. */
export * from "./dataSheets";
export * from "./methodologySheets";
export * from "./rulesSheet";
export * from "./sheetColumns";
export * from "./sheetNames";
export * from "./settingsIdentity";
export { columnLetter } from "../../core/tables/layout/columnLetter";
