/** Unit, property, Excel-gateway and CLI tests run on the TypeScript sources through ts-jest. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  // office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose main entry
  // pulls in ESM-only packages that jest cannot load as CommonJS.
  // The charts' d3 packages point jest at ES modules; each ships a UMD build jest can load as is.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
    "^(d3-[a-z-]+)$": "<rootDir>/node_modules/$1/dist/$1.js",
  },
};
