/**
 * The source texts were extracted from PDFs and Word files: some are hard-wrapped every ~28
 * characters (with a blank line after each line, and breaks even inside numbers), others carry one
 * paragraph per line. This joins wrapped lines back into paragraphs so a regulator reads the text
 * as published. It only decides where breaks go; no character is changed, added or dropped, so a
 * quote found in the whitespace-free text is always found in the paragraphs.
 */

/** A line that opens a new unit: 第五条, 第一章, （一）, 一、, 1., 【惠企内容】. */
const OPENS_UNIT = /^(第[一二三四五六七八九十百零〇\d]+[章条节]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．、](?!\d)|【)/;

/** A line ending a sentence or introducing a list ends its paragraph. */
const ENDS_UNIT = /[。！？：!?:]$/;

/** Lines this much shorter than the usual wrapped line were ended by the author, not the extractor. */
const SHORT_LINE = 0.75;

/** The width the extractor wrapped at: most long lines have it, so take a high percentile. */
const wrapWidth = (lines: string[]): number => {
  const lengths = lines.map((l) => l.length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0;
};

export const toParagraphs = (text: string): string[] => {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const width = wrapWidth(lines);
  const paragraphs: string[] = [];
  let previous = "";
  for (const line of lines) {
    const continues =
      paragraphs.length > 0 && !ENDS_UNIT.test(previous) && !OPENS_UNIT.test(line) && previous.length >= width * SHORT_LINE;
    if (continues) paragraphs[paragraphs.length - 1] += line;
    else paragraphs.push(line);
    previous = line;
  }
  return paragraphs;
};
