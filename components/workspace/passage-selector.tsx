"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";

type Selected = { from: number; to: number; preview: string };

/** Characters of the container's text before this boundary point: the offset in the stored text. */
function offsetOf(container: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  // Range.toString() joins the text nodes' raw data, unlike Selection.toString(), which
  // re-spaces as rendered; the container renders the stored text verbatim.
  return range.toString().length;
}

/**
 * Wraps a source's text in the reading view. When the caseworker selects a passage in
 * it, a bar offers to cite exactly that passage: the selection is sent as offsets into
 * the stored text, so the quote is the source's own characters, never a browser's copy.
 */
export function PassageSelector({
  sourceId,
  textLength,
  lang,
  children,
}: {
  sourceId: string;
  textLength: number;
  lang: string;
  children: React.ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<Selected | null>(null);

  useEffect(() => {
    function update() {
      const container = ref.current;
      const selection = document.getSelection();
      if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed) return setSelected(null);
      const range = selection.getRangeAt(0);
      if (!range.intersectsNode(container)) return setSelected(null);
      const starts = container.contains(range.startContainer)
        ? offsetOf(container, range.startContainer, range.startOffset)
        : 0;
      const ends = container.contains(range.endContainer)
        ? offsetOf(container, range.endContainer, range.endOffset)
        : textLength;
      const text = container.textContent ?? "";
      const quote = text.slice(starts, ends).trim();
      if (quote.length < 3) return setSelected(null);
      setSelected({ from: starts, to: ends, preview: quote.length > 140 ? `${quote.slice(0, 137)}…` : quote });
    }
    // Offer the bar once a selection is made, not while the mouse is still dragging: the
    // bar would slide under the pointer and extend the selection past the text.
    let dragging = false;
    const onSelectionChange = () => !dragging && update();
    const onPointerDown = () => (dragging = true);
    const onPointerUp = () => {
      dragging = false;
      update();
    };
    document.addEventListener("selectionchange", onSelectionChange);
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("pointerup", onPointerUp);
    return () => {
      document.removeEventListener("selectionchange", onSelectionChange);
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("pointerup", onPointerUp);
    };
  }, [textLength]);

  return (
    <>
      <div
        ref={ref}
        className="mt-6 pb-24 whitespace-pre-line font-serif text-lg leading-relaxed"
        lang={lang}
        data-testid="source-text"
      >
        {children}
      </div>
      {selected && (
        <div
          role="region"
          aria-label="Selected passage"
          className="fixed inset-x-0 bottom-0 z-20 border-t border-line bg-white/95 px-4 py-3 shadow-lg backdrop-blur"
        >
          <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-3">
            <p className="min-w-0 flex-1 text-sm text-muted">
              Selected: <q className="italic text-ink">{selected.preview}</q>
            </p>
            <Link
              href={`/workspace/sources/${sourceId}/cite?from=${selected.from}&to=${selected.to}`}
              className="rounded bg-accent px-4 py-2 text-sm font-medium text-white hover:bg-accent/90"
            >
              Cite this passage
            </Link>
          </div>
        </div>
      )}
    </>
  );
}
