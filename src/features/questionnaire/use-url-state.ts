import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

const DEBOUNCE_MS = 300;

/**
 * Keeps the answers in the address (?s=…) so reload, back and a copied address all return to them.
 * replaceState, not pushState: each keystroke is not a page the back button should walk through.
 *
 * `served` is the ?s= the server rendered this page from. Back/forward restores the page from the
 * router's cache as first served — without the answers written to the address since — so when the
 * two differ the page is asked for again, and the server reads the answers from the address.
 */
export const useUrlState = (encoded: string, served: string | undefined) => {
  const router = useRouter();
  useEffect(() => {
    const current = new URLSearchParams(window.location.search).get("s") ?? undefined;
    if (current !== served) router.refresh();
  }, [router, served]);

  const initial = useRef(encoded);
  useEffect(() => {
    if (encoded === initial.current) return;
    const timer = setTimeout(() => window.history.replaceState(null, "", `${window.location.pathname}?s=${encoded}`), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [encoded]);
};
