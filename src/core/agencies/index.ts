export * from "./registerSchema";
export * from "./agencyRegister";
export * from "./matchAgency";
export * from "./splitAgencyCell";
export * from "./registerEditions";
export * from "./validateRegisters";
