#!/usr/bin/env node
/**
 * `npm start`. On Windows and macOS, office-addin-debugging starts the development server and
 * sideloads the add-in into desktop Excel (fetched with npx on first use: on Linux its keychain
 * module needs libsecret headers, so it is not a dependency of the project). On Linux it serves
 * the pane and says how to load it into Excel on the web.
 */
const { spawn } = require("child_process");

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

if (process.platform === "win32" || process.platform === "darwin") {
  const child = spawn(npx, ["--yes", "office-addin-debugging@7", "start", "manifest.xml", "desktop", "--app", "excel"], { stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  console.log(
    [
      "Chỉ số CNTT: máy chủ phát triển ở https://localhost:3000",
      "Mở một sổ tính trên Excel cho web (office.com), chọn Chèn → Phần bổ trợ → Tải lên Phần bổ trợ của tôi, rồi chọn manifest.xml.",
      "Excel on the web: Insert → Add-ins → Upload My Add-in, then choose manifest.xml.",
      "",
    ].join("\n"),
  );
  const child = spawn(npm, ["run", "dev-server"], { stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 0));
}
