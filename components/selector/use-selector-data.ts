"use client";

import { useCallback, useEffect, useState } from "react";
import { createAdvisor, type SignalTable } from "@/lib/advisor";
import type { SelectorData } from "@/lib/selector/view";
import { loadStaticJson } from "@/components/ui/static-json";

const isSelectorData = (data: unknown): data is SelectorData =>
  typeof data === "object" && data !== null && Array.isArray((data as SelectorData).scenarios) && typeof (data as SelectorData).signals === "object";

const advisors = new WeakMap<SignalTable, ReturnType<typeof createAdvisor>>();

/** One advisor per signal table, shared by the quiz and the playground (building it stems every phrase). */
export function advisorFor(signals: SignalTable): ReturnType<typeof createAdvisor> {
  let advisor = advisors.get(signals);
  if (!advisor) advisors.set(signals, (advisor = createAdvisor(signals)));
  return advisor;
}

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
