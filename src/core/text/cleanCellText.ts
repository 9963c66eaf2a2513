/**
 * Text as it arrives from a PDF-to-text copy or a web page: HTML tags and entities, markdown
 * bold, non-breaking spaces. Returns the visible text with single spaces, trimmed.
 */
const ENTITIES: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

export function cleanCellText(text: string): string {
  return text
    .replace(/<[^>]*>/g, " ")
    .replace(
      /&(#x?[0-9a-f]+|[a-z]+);/gi,
      (m, e: string) => decodeEntity(e) ?? m,
    )
    .replace(/\*\*|__/g, "")
    .replace(/\\([*_()[\]])/g, "$1")
    .replace(/[\u00a0\u2007\u202f\u200b\ufeff]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .normalize("NFC");
}

function decodeEntity(e: string): string | undefined {
  if (e[0] === "#") {
    const code =
      e[1] === "x" || e[1] === "X"
        ? parseInt(e.slice(2), 16)
        : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000
      ? String.fromCodePoint(code)
      : undefined;
  }
  return ENTITIES[e.toLowerCase()];
}
