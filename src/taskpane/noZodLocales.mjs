// Stands in for zod's locales in the pane's bundle (webpack.config.js): the pane never asks zod
// for a message in another language, and zod's English default comes from its own module.
export {};
