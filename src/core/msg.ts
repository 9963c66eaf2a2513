/**
 * The one form of every text a user reads: a `Msg`, the Vietnamese and the English side by side
 * (a sentence, or a function that makes one). Catalogues per area hold them (the pane's
 * `taskpane/strings/`, the command line's `cli/messages.ts`, the findings beside each rule kind,
 * the errors in `userError.ts`); `localise` gives a catalogue in one language.
 */
export interface Msg<T = string> {
  vi: T;
  en: T;
}

export type Lang = keyof Msg;

/** A pair, the English typed by the Vietnamese (a function's parameters are written once). */
export const both = <T>(vi: T, en: T): Msg<T> => ({ vi, en });

/** A catalogue of pairs in one language: every `{ vi, en }` leaf replaced by its `lang` side. */
export type Localised<C> =
  C extends Msg<infer T> ? T : { [K in keyof C]: Localised<C[K]> };

const isPair = (v: object): v is Msg<unknown> =>
  Object.keys(v).length === 2 && "vi" in v && "en" in v;

export function localise<C extends object>(
  catalogue: C,
  lang: Lang,
): Localised<C> {
  const pick = (v: unknown): unknown =>
    v !== null && typeof v === "object"
      ? isPair(v)
        ? v[lang]
        : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, pick(x)]))
      : v;
  return pick(catalogue) as Localised<C>;
}
