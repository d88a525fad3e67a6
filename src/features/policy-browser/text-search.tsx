"use client";

/**
 * Search over a policy page's text and what the calculator made of it. The page is server-rendered;
 * this only walks its text nodes: rows without a match are hidden, matches are highlighted with the
 * CSS Custom Highlight API (no DOM rewrite, so React's markup stays untouched), Enter jumps to the
 * next match. White space is ignored and （三） finds (三), as the extracted texts mix both.
 */
import { useCallback, useEffect, useId, useRef, useState } from "react";

const HIGHLIGHT = "policy-search";

/** One character for one character, so positions in the folded text are positions in the original. */
const fold = (c: string) => (c === "(" ? "（" : c === ")" ? "）" : c.toLowerCase());
const foldQuery = (q: string) => [...q.replace(/\s+/g, "")].map(fold).join("");

interface Row {
  element: HTMLElement;
  /** The row's text with white space dropped and characters folded, and where each character came from. */
  flat: string;
  origin: { node: Text; offset: number }[];
}

const readRow = (element: HTMLElement): Row => {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let flat = "";
  const origin: Row["origin"] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data;
    for (let offset = 0; offset < text.length; offset++) {
      if (/\s/.test(text[offset]!)) continue;
      flat += fold(text[offset]!);
      origin.push({ node, offset });
    }
  }
  return { element, flat, origin };
};

const rangeOf = (row: Row, start: number, length: number): Range => {
  const range = document.createRange();
  const first = row.origin[start]!;
  const last = row.origin[start + length - 1]!;
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
};

type Found = { ranges: Range[]; rows: number };

export function TextSearch({ scopeId }: { scopeId: string }) {
  const inputId = useId();
  const statusId = useId();
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<Found | null>(null);
  const [current, setCurrent] = useState(-1);
  const rows = useRef<Row[] | null>(null);

  const apply = useCallback(
    (q: string) => {
      const scope = document.getElementById(scopeId);
      if (!scope) return;
      rows.current ??= [...scope.querySelectorAll<HTMLElement>("[data-search-row]")].map(readRow);
      const needle = foldQuery(q);
      const ranges: Range[] = [];
      let hitRows = 0;
      for (const row of rows.current) {
        let hits = 0;
        if (needle) {
          for (let at = row.flat.indexOf(needle); at >= 0; at = row.flat.indexOf(needle, at + needle.length)) {
            ranges.push(rangeOf(row, at, needle.length));
            hits++;
          }
        }
        row.element.hidden = needle !== "" && hits === 0;
        if (hits) hitRows++;
      }
      // A match inside a closed 技术细节 is opened, so what was found can be seen.
      for (const r of ranges) r.startContainer.parentElement?.closest("details:not([open])")?.setAttribute("open", "");
      if (typeof CSS !== "undefined" && "highlights" in CSS) {
        if (ranges.length) CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
        else CSS.highlights.delete(HIGHLIGHT);
      }
      setFound(needle ? { ranges, rows: hitRows } : null);
      setCurrent(-1);
    },
    [scopeId],
  );

  // Typing is applied after a short pause, so a phone does not re-scan the text on every keystroke.
  useEffect(() => {
    const t = setTimeout(() => apply(query), 120);
    return () => clearTimeout(t);
  }, [query, apply]);

  // What was typed before the page became interactive is searched too.
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (input.current?.value) setQuery(input.current.value);
  }, []);

  const next = () => {
    if (!found?.ranges.length) return;
    const i = (current + 1) % found.ranges.length;
    setCurrent(i);
    found.ranges[i]!.startContainer.parentElement?.scrollIntoView({ block: "center" });
  };

  const status = !found
    ? "可搜索原文、补贴事项、限额规则和申报指引，例如“就高”“申报材料”“第十四条”。"
    : found.ranges.length === 0
      ? `没有找到“${query.trim()}”：原文和本工具整理的规则中都没有这段文字。`
      : `找到 ${found.ranges.length} 处，在 ${found.rows} 段中${current >= 0 ? `；第 ${current + 1} 处` : "；按回车键逐处查看"}。`;

  return (
    <div role="search" className="policy-search">
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-900">
        在本政策中查找
      </label>
      <div className="mt-1 flex gap-2">
        <input
          ref={input}
          id={inputId}
          type="search"
          enterKeyHint="search"
          aria-describedby={statusId}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              next();
            }
          }}
          placeholder="输入词语，如：就高"
          className="min-h-11 w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 text-base [&::-webkit-search-cancel-button]:appearance-none"
        />
        {query && (
          <button
            type="button"
            onClick={() => setQuery("")}
            className="min-h-11 shrink-0 rounded-md border border-slate-400 bg-white px-3 text-sm text-slate-800 hover:bg-slate-50"
          >
            清除
          </button>
        )}
      </div>
      <p id={statusId} role="status" className="mt-1 text-sm text-slate-700">
        {status}
      </p>
    </div>
  );
}
