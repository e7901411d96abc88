"use client";

import { useEffect, useId, useState } from "react";

type Choice = { id: string; title: string; detail: string };

type Props = {
  id: string;
  name: string;
  /** The chosen source's id (e.g. kept after a failed submit). */
  defaultValue?: string;
  describedBy?: string;
  invalid?: boolean;
};

// Searches the sources as the user types (titles and publishers, at most 20 shown) instead
// of embedding every source in the page: a library grows to tens of thousands.
export function SourcePicker({ id, name, defaultValue = "", describedBy, invalid }: Props) {
  const [query, setQuery] = useState("");
  const [choices, setChoices] = useState<Choice[]>([]);
  const [chosen, setChosen] = useState<Choice | null>(null);
  const [value, setValue] = useState(defaultValue);
  const [state, setState] = useState<"idle" | "searching" | "done" | "failed">("idle");
  const listId = useId();

  // A form re-rendered after an error keeps its choice: show that source's title.
  useEffect(() => {
    if (!defaultValue) return;
    let live = true;
    fetch(`/workspace/sources/choices?id=${encodeURIComponent(defaultValue)}`)
      .then((r) => r.json())
      .then((body: { choices: Choice[] }) => live && setChosen(body.choices[0] ?? null))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [defaultValue]);

  useEffect(() => {
    // The state for a short query is set as it is typed (onChange), not here.
    const text = query.trim();
    if (text.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/workspace/sources/choices?q=${encodeURIComponent(text)}`, { signal: controller.signal })
        .then((r) => r.json())
        .then((body: { choices: Choice[] }) => {
          setChoices(body.choices);
          setState("done");
        })
        .catch((error: unknown) => {
          if (!(error instanceof Error && error.name === "AbortError")) setState("failed");
        });
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  return (
    <div className="mt-1">
      <input type="hidden" name={name} value={value} />
      {chosen && (
        <p className="mb-2 rounded border border-line bg-stone-50 px-3 py-2 text-sm" data-testid="chosen-source">
          <span className="font-medium">{chosen.title}</span>
          {chosen.detail && <span className="text-muted"> · {chosen.detail}</span>}{" "}
          <button
            type="button"
            className="ml-2 text-accent underline"
            onClick={() => {
              setChosen(null);
              setValue("");
            }}
          >
            Change
          </button>
        </p>
      )}
      {!chosen && (
        <>
          <input
            id={id}
            type="search"
            value={query}
            onChange={(event) => {
              const typed = event.target.value;
              setQuery(typed);
              const searching = typed.trim().length >= 2;
              setState(searching ? "searching" : "idle");
              if (!searching) setChoices([]);
            }}
            placeholder="Type words of the title or publisher"
            autoComplete="off"
            aria-invalid={invalid || undefined}
            aria-describedby={[describedBy, `${listId}-status`].filter(Boolean).join(" ")}
            // Only while the list is on the page: a reference to a missing id is invalid ARIA.
            aria-controls={choices.length > 0 ? listId : undefined}
            className="w-full rounded border border-line bg-white px-3 py-2 aria-[invalid=true]:border-red-600"
          />
          <p id={`${listId}-status`} aria-live="polite" className="mt-1 text-xs text-muted">
            {state === "searching"
              ? "Searching…"
              : state === "failed"
                ? "The search failed; try again."
                : state === "done"
                  ? choices.length === 0
                    ? "No source matches."
                    : `${choices.length === 20 ? "The first 20" : choices.length} ${choices.length === 1 ? "source" : "sources"}: choose one.`
                  : "Type at least two letters."}
          </p>
          {choices.length > 0 && (
            <ul id={listId} className="mt-1 max-h-64 overflow-y-auto rounded border border-line bg-white">
              {choices.map((choice) => (
                <li key={choice.id}>
                  <button
                    type="button"
                    className="block w-full px-3 py-2 text-left text-sm hover:bg-accent-soft focus:bg-accent-soft"
                    onClick={() => {
                      setChosen(choice);
                      setValue(choice.id);
                    }}
                  >
                    <span className="font-medium">{choice.title}</span>
                    {choice.detail && <span className="block text-xs text-muted">{choice.detail}</span>}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
