/**
 * Links inside the workbook, written the way Excel writes them: `<hyperlink ref location>`, with
 * no relationship. ExcelJS writes a link to `#'Sheet'!A1` as an external relationship to that
 * text plus a `location` that keeps the `#`; Excel forgives it, LibreOffice reads a link to the
 * file itself with a broken fragment. This rewrites those links in the saved parts.
 */
import type JSZip from "jszip";

const HYPERLINK_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

export async function fixInternalLinks(xlsx: Uint8Array): Promise<Uint8Array> {
  // Loaded when a workbook is written, like ExcelJS: a command on a pasted text never pays for it.
  const zip = await (require("jszip") as typeof JSZip).loadAsync(xlsx);
  let changed = false;
  for (const relsPath of Object.keys(zip.files).filter((p) =>
    /^xl\/worksheets\/_rels\/[^/]+\.xml\.rels$/.test(p),
  )) {
    const rels = await zip.file(relsPath)!.async("string");
    const internal = new Set<string>();
    const kept = rels.replace(/<Relationship [^>]*\/>/g, (tag) => {
      const id = /Id="([^"]+)"/.exec(tag)?.[1];
      const internalLink =
        tag.includes(`Type="${HYPERLINK_TYPE}"`) && /Target="#/.test(tag);
      if (!id || !internalLink) return tag;
      internal.add(id);
      return "";
    });
    if (internal.size === 0) continue;
    const sheetPath = relsPath.replace("_rels/", "").replace(/\.rels$/, "");
    const sheet = await zip.file(sheetPath)!.async("string");
    zip.file(
      sheetPath,
      sheet.replace(/<hyperlink [^>]*\/>/g, (tag) => {
        const id = /r:id="([^"]+)"/.exec(tag)?.[1];
        if (!id || !internal.has(id)) return tag;
        return tag
          .replace(/ r:id="[^"]+"/, "")
          .replace(/location="#/, 'location="');
      }),
    );
    zip.file(relsPath, kept);
    changed = true;
  }
  return changed
    ? zip.generateAsync({ type: "uint8array", compression: "DEFLATE" })
    : xlsx;
}
