"use client";

import { useEffect } from "react";

/**
 * Counts this case page as viewed, once per browser tab session. The page is served from
 * cache, so the count comes from here; only a per-day total is stored.
 */
export function ViewBeacon({ slug }: { slug: string }) {
  useEffect(() => {
    const key = `casebook:viewed:${slug}`;
    try {
      if (sessionStorage.getItem(key)) return;
      sessionStorage.setItem(key, "1");
    } catch {
      // Storage disabled: count anyway.
    }
    navigator.sendBeacon?.("/api/case-views", slug);
  }, [slug]);
  return null;
}
