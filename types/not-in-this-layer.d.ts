// What a layer's tsconfig maps a forbidden package to (see tsconfig.core.json and its siblings):
// this file is a script, not a module, so importing the package there fails to compile with
// "is not a module". Layers: docs/architecture.md.
declare const importedFromTheWrongLayer: never;
