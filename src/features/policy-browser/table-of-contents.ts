/**
 * A table of contents built from the text's own headings, as each text numbers them: 第一章 and
 * 第五条（政府质量奖） in 金山区, 一、 and 1. in 长宁区, 一、（一） and 1. in 光明区, the handbook's
 * section titles and 【惠企内容】 in 临沂市. Levels follow the order in which a kind of heading
 * first appears, the way a reader infers them.
 */

type Kind = "chapter" | "article" | "part" | "paren" | "number" | "bracket" | "section";

export interface TocEntry {
  level: number;
  /** The paragraph the entry jumps to. */
  paragraph: number;
  /** The heading's own marker: 第五条, （二）, 一、, 1., 【惠企内容】, or a section title. */
  marker: string;
  /** What a reader sees: the heading's title, or the opening words where it has none. */
  title: string;
  /** The marker with its article or section: 第五条（二）, 知识产权奖补资助（一）, （四）1. */
  name: string;
  children: TocEntry[];
}

const NUMERAL = "[一二三四五六七八九十百零〇\\d]+";
const PATTERNS: [Kind, RegExp][] = [
  ["chapter", new RegExp(`^第${NUMERAL}章`)],
  ["article", new RegExp(`^第${NUMERAL}条`)],
  ["part", /^[一二三四五六七八九十]+、/],
  ["paren", /^[（(][一二三四五六七八九十]+[）)]/],
  ["number", /^\d+[.．](?!\d)/],
  ["bracket", /^【[^】]+】/],
];

/** A table of contents' own line (1.中国、省质量奖奖励.....	1) is not a heading. */
const LEADER = /\.{4,}|…{2,}/;
/** A handbook section title: short, no sentence punctuation, followed by 【惠企内容】 or 【定 义】. */
const SECTION_TITLE = /^[^。；：，！？:;,]{2,20}$/;

const kindOf = (text: string, next: string | undefined): { kind: Kind; marker: string } | null => {
  if (LEADER.test(text)) return null;
  for (const [kind, re] of PATTERNS) {
    const m = re.exec(text);
    if (m) return { kind, marker: m[0] };
  }
  return next !== undefined && PATTERNS[5]![1].test(next) && SECTION_TITLE.test(text) ? { kind: "section", marker: text } : null;
};

/** （三） and (三) are the same marker; the texts mix both. */
const normalMarker = (marker: string) => marker.replace("(", "（").replace(")", "）");

/** The words after the marker up to the first 。, when short enough to be a title; else the opening words. */
const titleOf = (kind: Kind, text: string, marker: string): string => {
  if (kind === "section") return text;
  if (kind === "bracket") return marker.slice(1, -1).replace(/\s+/g, "");
  if (text.length <= 30 && kind !== "paren" && kind !== "number") return text;
  const rest = text.slice(marker.length).trim();
  const sentence = rest.split("。")[0]!;
  return sentence.length <= 24 ? sentence : `${rest.slice(0, 18)}…`;
};

/** Arabic numbers are headings only where they run 1, 2, 3 … without starting over (长宁区's articles, 光明区（四）1–4), not in lists of conditions. */
const numbersAreHeadings = (numbers: number[]) => numbers.every((n, i) => n === i + 1);

/**
 * What a numbered sub-heading is called in full, the way clause labels are written: 第五条（二）,
 * （四）1, 知识产权奖补资助（一）, 企业知识产权保险扶持【创建条件】（一）. A handbook's 【惠企内容】 is
 * the body of its section and is left out of the name; its other blocks are kept.
 */
const CONTENT_BLOCK = "【惠企内容】";
const ownerName = (open: TocEntry[], kinds: Map<TocEntry, Kind>): string => {
  const parent = open.at(-1);
  if (!parent) return "";
  const kind = kinds.get(parent);
  if (kind === "article" || kind === "paren") return parent.marker;
  if (kind === "section") return parent.title;
  if (kind === "bracket") return `${ownerName(open.slice(0, -1), kinds)}${parent.marker === CONTENT_BLOCK ? "" : parent.marker}`;
  return "";
};

export const tableOfContents = (paragraphs: string[]): TocEntry[] => {
  const found = paragraphs
    .map((text, paragraph) => ({ paragraph, text, hit: kindOf(text, paragraphs[paragraph + 1]) }))
    .filter((h): h is typeof h & { hit: NonNullable<typeof h.hit> } => h.hit !== null);
  const numbers = found.filter((h) => h.hit.kind === "number").map((h) => Number.parseInt(h.hit.marker, 10));
  const headings = numbersAreHeadings(numbers) ? found : found.filter((h) => h.hit.kind !== "number");

  const levels = new Map<Kind, number>();
  for (const h of headings) if (!levels.has(h.hit.kind)) levels.set(h.hit.kind, levels.size + 1);

  const roots: TocEntry[] = [];
  const open: TocEntry[] = [];
  const kinds = new Map<TocEntry, Kind>();
  for (const { paragraph, text, hit } of headings) {
    const level = levels.get(hit.kind)!;
    while (open.length && open.at(-1)!.level >= level) open.pop();
    const marker = normalMarker(hit.marker);
    const own = hit.kind === "section" ? text : marker.replace(/[.．]$/, "");
    const entry: TocEntry = {
      level,
      paragraph,
      marker,
      title: titleOf(hit.kind, text, hit.marker),
      name: hit.kind === "paren" || hit.kind === "number" ? `${ownerName(open, kinds)}${own}` : own,
      children: [],
    };
    kinds.set(entry, hit.kind);
    (open.at(-1)?.children ?? roots).push(entry);
    open.push(entry);
  }
  return roots;
};
