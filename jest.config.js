/** Unit, property, Excel-gateway and CLI tests run on the TypeScript sources through ts-jest. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  // office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose main entry
  // pulls in ESM-only packages that jest cannot load as CommonJS.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
