"use client";

import { useCallback, useEffect, useState } from "react";
import type { SelectorData } from "@/lib/selector/view";
import { loadStaticJson } from "@/components/ui/static-json";

const isSelectorData = (data: unknown): data is SelectorData =>
  typeof data === "object" && data !== null && Array.isArray((data as SelectorData).scenarios) && typeof (data as SelectorData).signals === "object";

export type SelectorDataState = { status: "loading" } | { status: "ready"; data: SelectorData } | { status: "error"; retry: () => void };

/** The selector's scenarios and signal table, fetched once after the page renders (shared by the quiz and the playground). */
export function useSelectorData(): SelectorDataState {
  const [state, setState] = useState<SelectorDataState>({ status: "loading" });
  const load = useCallback(() => {
    let cancelled = false;
    loadStaticJson("/data/selector.json", isSelectorData).then(
      (data) => !cancelled && setState({ status: "ready", data }),
      () =>
        !cancelled &&
        setState({
          status: "error",
          retry: () => {
            setState({ status: "loading" });
            load();
          },
        }),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  useEffect(load, [load]);
  return state;
}
