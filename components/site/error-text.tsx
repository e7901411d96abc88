"use client";

import { createContext, useContext } from "react";

// The error page is a client component with no props, so the public layout hands it its
// words in the reader's language through context (the catalogs stay on the server).
export type ErrorText = { title: string; body: string; retry: string; reference: string };

const ErrorTextContext = createContext<ErrorText | null>(null);

export function ErrorTextProvider({ text, children }: { text: ErrorText; children: React.ReactNode }) {
  return <ErrorTextContext.Provider value={text}>{children}</ErrorTextContext.Provider>;
}

export function useErrorText(): ErrorText | null {
  return useContext(ErrorTextContext);
}
