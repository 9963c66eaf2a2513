/**
 * Builds the task pane. Development: https://localhost:3000 with office-addin-dev-certs.
 * Production: set ADDIN_URL (e.g. https://addin.example.gov.vn/chiso/) and the manifest in
 * dist/ points there.
 */
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";

/**
 * The development certificate. office-addin-dev-certs makes it and installs its CA; where it
 * cannot install the CA (Linux without sudo) the generated files are used as they are and the
 * user is told how to trust the CA in the browser.
 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const fs = require("fs");
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const file = (name) => path.join(dir, name);
    if (!fs.existsSync(file("localhost.crt"))) throw e;
    console.warn(
      `\nKhông cài được chứng chỉ gốc (CA) tự động: ${e.message}\n` +
        `Could not install the development CA automatically. Trust ${file("ca.crt")} in your browser ` +
        `(Chrome: Settings → Privacy and security → Security → Manage certificates → Authorities → Import).\n`,
    );
    return { key: fs.readFileSync(file("localhost.key")), cert: fs.readFileSync(file("localhost.crt")), ca: fs.readFileSync(file("ca.crt")) };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const url = process.env.ADDIN_URL || DEV_URL;
  if (!/^https:\/\/.+\/$/.test(url)) throw new Error(`ADDIN_URL must be an https URL ending in /: ${url}`);
  return {
    devtool: dev ? "source-map" : false,
    // The uncertainty analysis runs in a worker of its own; the pane learns its file name from
    // __UNCERTAINTY_WORKER__ (a query string per build, so that no cached copy outlives a pane).
    entry: { taskpane: "./src/taskpane/index.tsx", "uncertainty.worker": "./src/taskpane/uncertainty/uncertainty.worker.ts" },
    output: {
      path: path.resolve(__dirname, "dist/addin"),
      filename: (data) => (data.chunk.name === "uncertainty.worker" ? "[name].js" : "[name].[contenthash].js"),
      chunkFilename: "[id].[contenthash].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext" } } } }],
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ __UNCERTAINTY_WORKER__: JSON.stringify(`uncertainty.worker.js?b=${Date.now().toString(36)}`) }),
      // zod's messages in 40 languages (160 KB): the pane says its own errors in Vietnamese and English.
      new webpack.NormalModuleReplacementPlugin(/zod[\\/]v4[\\/]locales[\\/]index\.c?js$/, path.resolve(__dirname, "src/taskpane/noZodLocales.mjs")),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => (dev ? content : content.toString().split(DEV_URL).join(url).split(DEV_URL.slice(0, -1)).join(url.slice(0, -1))) },
        ],
      }),
    ],
    devServer: dev
      ? { port: 3000, headers: { "Access-Control-Allow-Origin": "*" }, server: { type: "https", options: env.WEBPACK_BUILD ? {} : await httpsOptions() } }
      : undefined,
  };
};
