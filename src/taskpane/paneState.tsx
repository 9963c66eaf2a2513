/**
 * What the pane remembers across its steps: each step's text, choices and results live here,
 * above the steps, so that switching to another step and back loses nothing. A step reads and
 * writes its part with usePaneState, as it would with React's useState.
 */
import * as React from "react";

type Store = Map<string, unknown>;

const PaneMemory = React.createContext<Store | null>(null);

export function PaneMemoryProvider({
  children,
}: {
  children: React.ReactNode;
}) {
  const [store] = React.useState<Store>(() => new Map());
  return <PaneMemory.Provider value={store}>{children}</PaneMemory.Provider>;
}

/**
 * Like React.useState, but kept by the pane under `key`: a step mounted again starts from what
 * it held. Two steps using one key share the value (the what-if weights, for the uncertainty step).
 */
export function usePaneState<T>(
  key: string,
  initial: T | (() => T),
): [T, React.Dispatch<React.SetStateAction<T>>] {
  const store = React.useContext(PaneMemory);
  const [value, setValue] = React.useState<T>(() => {
    if (store?.has(key)) return store.get(key) as T;
    const first =
      typeof initial === "function" ? (initial as () => T)() : initial;
    store?.set(key, first);
    return first;
  });
  const set = React.useCallback<React.Dispatch<React.SetStateAction<T>>>(
    (next) =>
      setValue((before) => {
        const after =
          typeof next === "function" ? (next as (b: T) => T)(before) : next;
        store?.set(key, after);
        return after;
      }),
    [key, store],
  );
  return [value, set];
}
