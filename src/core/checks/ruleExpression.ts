/**
 * The small language of user rules, over the column names of a table:
 *
 *   Tổng cộng = Mức độ 3 + Mức độ 4
 *   Hồ sơ trực tuyến <= Tổng số hồ sơ
 *   Tỷ lệ = Có hồ sơ / Số dịch vụ * 100
 *
 * Column names contain spaces and digits, so the tokenizer matches the longest known column
 * name at each position (case, spacing and tone placement ignored); a name can also be quoted
 * as [Tên cột]. Parsed into a tree and evaluated by walking it: nothing is ever evaluated as code.
 */
import { LIMITS } from "../limits";
import { toneKey } from "../text/vietnameseText";

export type Comparison = "=" | "<=" | ">=" | "<" | ">";
export type Expr =
  | { kind: "column"; name: string }
  | { kind: "number"; value: number }
  | { kind: "binary"; op: "+" | "-" | "*" | "/"; left: Expr; right: Expr }
  | { kind: "negate"; operand: Expr };

export interface ParsedRule {
  left: Expr;
  comparison: Comparison;
  right: Expr;
  /** Columns the rule reads, in order of first use. */
  columns: string[];
}

export type ParseResult =
  | { ok: true; rule: ParsedRule }
  | { ok: false; error: { vi: string; en: string; at: number } };

type Token =
  | { t: "column"; name: string; at: number }
  | { t: "number"; value: number; at: number }
  | { t: "op"; op: string; at: number }
  | { t: "end"; at: number };

const COMPARISONS: Record<string, Comparison> = {
  "=": "=",
  "==": "=",
  "<=": "<=",
  "≤": "<=",
  ">=": ">=",
  "≥": ">=",
  "<": "<",
  ">": ">",
};

export function parseRuleExpression(
  text: string,
  columns: readonly string[],
): ParseResult {
  if (text.length > LIMITS.ruleChars)
    return {
      ok: false,
      error: {
        vi: `quy tắc dài ${text.length} ký tự, quá giới hạn ${LIMITS.ruleChars}; hãy tách thành nhiều quy tắc`,
        en: `the rule is ${text.length} characters long, over the limit of ${LIMITS.ruleChars}; split it into several rules`,
        at: LIMITS.ruleChars,
      },
    };
  const tokens = tokenize(text, columns);
  if ("error" in tokens) return { ok: false, error: tokens.error };
  let pos = 0;
  // Brackets and signs nest by recursion: bounded, so no rule can exhaust the stack.
  let depth = 0;
  const deeper = () => {
    if (++depth > LIMITS.ruleDepth)
      fail(
        `quy tắc lồng quá ${LIMITS.ruleDepth} lớp ngoặc hay dấu`,
        `the rule nests more than ${LIMITS.ruleDepth} brackets or signs`,
      );
  };
  const used: string[] = [];
  const peek = () => tokens.list[pos];
  const fail = (vi: string, en: string, at = peek().at): never => {
    throw { vi, en, at };
  };

  const primary = (): Expr => {
    const tok = peek();
    if (tok.t === "number") {
      pos++;
      return { kind: "number", value: tok.value };
    }
    if (tok.t === "column") {
      pos++;
      if (!used.includes(tok.name)) used.push(tok.name);
      return { kind: "column", name: tok.name };
    }
    if (tok.t === "op" && tok.op === "(") {
      pos++;
      deeper();
      const e = sum();
      depth--;
      const close = peek();
      if (close.t !== "op" || close.op !== ")")
        fail("thiếu dấu “)”", "missing “)”");
      pos++;
      return e;
    }
    if (tok.t === "op" && tok.op === "-") {
      pos++;
      deeper();
      const operand = primary();
      depth--;
      return { kind: "negate", operand };
    }
    return fail(
      tok.t === "end"
        ? "quy tắc kết thúc giữa chừng"
        : `không chờ “${tok.t === "op" ? tok.op : ""}” ở đây`,
      tok.t === "end"
        ? "the rule ends too early"
        : `unexpected “${tok.t === "op" ? tok.op : ""}”`,
    );
  };
  const product = (): Expr => {
    let e = primary();
    for (
      let tok = peek();
      tok.t === "op" && (tok.op === "*" || tok.op === "/");
      tok = peek()
    ) {
      pos++;
      e = { kind: "binary", op: tok.op, left: e, right: primary() };
    }
    return e;
  };
  const sum = (): Expr => {
    let e = product();
    for (
      let tok = peek();
      tok.t === "op" && (tok.op === "+" || tok.op === "-");
      tok = peek()
    ) {
      pos++;
      e = { kind: "binary", op: tok.op, left: e, right: product() };
    }
    return e;
  };

  try {
    const left = sum();
    const cmp = peek();
    if (cmp.t !== "op" || !(cmp.op in COMPARISONS))
      fail(
        "cần một phép so sánh: =, <=, >=, <, >",
        "expected a comparison: =, <=, >=, <, >",
      );
    pos++;
    const right = sum();
    if (peek().t !== "end")
      fail("thừa phần cuối quy tắc", "unexpected text at the end of the rule");
    if (used.length === 0)
      fail(
        "quy tắc phải dùng ít nhất một cột",
        "the rule must use at least one column",
        0,
      );
    return {
      ok: true,
      rule: {
        left,
        comparison: COMPARISONS[(cmp as { op: string }).op],
        right,
        columns: used,
      },
    };
  } catch (e) {
    return { ok: false, error: e as { vi: string; en: string; at: number } };
  }
}

function tokenize(
  text: string,
  columns: readonly string[],
): { list: Token[] } | { error: { vi: string; en: string; at: number } } {
  // Columns by their tone key, longest first, so "Mức độ 3" wins over "Mức độ".
  const keyed = columns
    .map((name) => ({ name, key: toneKey(name) }))
    .sort((a, b) => b.key.length - a.key.length);
  const window = keyed.reduce((n, c) => Math.max(n, c.key.length), 0) * 2 + 16;
  const list: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (two === "<=" || two === ">=" || two === "==") {
      list.push({ t: "op", op: two, at: i });
      i += 2;
      continue;
    }
    if ("+-*/()=<>≤≥".includes(ch)) {
      list.push({ t: "op", op: ch, at: i });
      i++;
      continue;
    }
    if (ch === "[") {
      const end = text.indexOf("]", i);
      if (end < 0)
        return { error: { vi: "thiếu dấu “]”", en: "missing “]”", at: i } };
      const wanted = toneKey(text.slice(i + 1, end));
      const found =
        keyed.find((c) => c.key === wanted) ??
        keyed.find((c) => c.key.startsWith(`${wanted} `));
      if (!found) return unknownColumn(text.slice(i + 1, end), i, columns);
      list.push({ t: "column", name: found.name, at: i });
      i = end + 1;
      continue;
    }
    // Only as much text as the longest column name can span: linear in the rule's length.
    const rest = text.slice(i, i + window);
    const column = keyed.find((c) => startsWithKey(rest, c.key));
    if (column) {
      list.push({ t: "column", name: column.name, at: i });
      i += lengthOfKeyPrefix(rest, column.key);
      continue;
    }
    NUMBER.lastIndex = i;
    const num = NUMBER.exec(text);
    if (num) {
      list.push({
        t: "number",
        value: Number(num[0].replace(",", ".")),
        at: i,
      });
      i += num[0].length;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text)![0].trim();
    return unknownColumn(word, i, columns);
  }
  list.push({ t: "end", at: text.length });
  return { list };
}

const NUMBER = /\d+(?:[.,]\d+)?/y;
const WORD = /[^+\-*/()=<>≤≥[\]]+/y;

function unknownColumn(name: string, at: number, columns: readonly string[]) {
  const list = columns.map((c) => `“${c}”`).join(", ");
  return {
    error: {
      vi: `không có cột “${name}”; các cột: ${list}`,
      en: `no column “${name}”; columns: ${list}`,
      at,
    },
  };
}

/** Does `text` start with a column whose tone key is `key` (ending at a word boundary)? */
function startsWithKey(text: string, key: string): boolean {
  const n = lengthOfKeyPrefix(text, key);
  return n > 0 && (n === text.length || !/[\p{L}\p{N}]/u.test(text[n]));
}

/**
 * Length of the shortest prefix of `text` ending at a word's end whose tone key equals `key`,
 * or 0. Only word ends are tried: a name never stops inside a word, and trying every length
 * made each name cost dozens of tone keys.
 */
function lengthOfKeyPrefix(text: string, key: string): number {
  const wordChar = /[\p{L}\p{N}\p{M}]/u;
  for (let n = 1; n <= Math.min(text.length, key.length * 2 + 8); n++) {
    if (
      wordChar.test(text[n - 1]) &&
      (n === text.length || !wordChar.test(text[n])) &&
      toneKey(text.slice(0, n)) === key
    )
      return n;
  }
  return 0;
}

/** Evaluates an expression for one row; NaN when a value is missing or a division by zero. */
export function evaluate(e: Expr, value: (column: string) => number): number {
  switch (e.kind) {
    case "number":
      return e.value;
    case "column":
      return value(e.name);
    case "negate":
      return -evaluate(e.operand, value);
    case "binary": {
      const a = evaluate(e.left, value);
      const b = evaluate(e.right, value);
      if (e.op === "+") return a + b;
      if (e.op === "-") return a - b;
      if (e.op === "*") return a * b;
      return b === 0 ? NaN : a / b;
    }
  }
}

/** The expression as a closure over column positions: no tree walk or name lookup per row. */
export function compileExpr(
  e: Expr,
  position: (column: string) => number,
): (values: Float64Array) => number {
  switch (e.kind) {
    case "number": {
      const v = e.value;
      return () => v;
    }
    case "column": {
      const i = position(e.name);
      return (values) => values[i];
    }
    case "negate": {
      const f = compileExpr(e.operand, position);
      return (values) => -f(values);
    }
    case "binary": {
      const a = compileExpr(e.left, position);
      const b = compileExpr(e.right, position);
      switch (e.op) {
        case "+":
          return (values) => a(values) + b(values);
        case "-":
          return (values) => a(values) - b(values);
        case "*":
          return (values) => a(values) * b(values);
        case "/":
          return (values) => {
            const d = b(values);
            return d === 0 ? NaN : a(values) / d;
          };
      }
    }
  }
}

/**
 * When the expression is linear in its columns (sums and differences, numbers as factors),
 * its coefficients: the cell localiser can then solve for any one column.
 */
export function linearCoefficients(
  e: Expr,
): { coefficients: Map<string, number>; constant: number } | undefined {
  switch (e.kind) {
    case "number":
      return { coefficients: new Map(), constant: e.value };
    case "column":
      return { coefficients: new Map([[e.name, 1]]), constant: 0 };
    case "negate": {
      const x = linearCoefficients(e.operand);
      return x && scale(x, -1);
    }
    case "binary": {
      const a = linearCoefficients(e.left);
      const b = linearCoefficients(e.right);
      if (!a || !b) return undefined;
      if (e.op === "+" || e.op === "-") {
        const out = new Map(a.coefficients);
        for (const [k, v] of b.coefficients)
          out.set(k, (out.get(k) ?? 0) + (e.op === "+" ? v : -v));
        return {
          coefficients: out,
          constant: a.constant + (e.op === "+" ? b.constant : -b.constant),
        };
      }
      if (e.op === "*" && a.coefficients.size === 0)
        return scale(b, a.constant);
      if (e.op === "*" && b.coefficients.size === 0)
        return scale(a, b.constant);
      if (e.op === "/" && b.coefficients.size === 0 && b.constant !== 0)
        return scale(a, 1 / b.constant);
      return undefined;
    }
  }
}

function scale(
  x: { coefficients: Map<string, number>; constant: number },
  f: number,
) {
  return {
    coefficients: new Map([...x.coefficients].map(([k, v]) => [k, v * f])),
    constant: x.constant * f,
  };
}

export function formatExpr(e: Expr): string {
  switch (e.kind) {
    case "number":
      return String(e.value);
    case "column":
      return e.name;
    case "negate":
      return `-${formatExpr(e.operand)}`;
    case "binary":
      return `${formatExpr(e.left)} ${e.op} ${formatExpr(e.right)}`;
  }
}
