import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { policyById } from "@policies/index";
import { toParagraphs } from "@/features/policy-browser/source-paragraphs";
import { tableOfContents, type TocEntry } from "@/features/policy-browser/table-of-contents";

const sourceOf = (id: string) => readFileSync(new URL(`../../../policies/sources/${policyById.get(id)!.sourceFile}`, import.meta.url), "utf8");
const tocOf = (id: string) => tableOfContents(toParagraphs(sourceOf(id)));
const flat = (es: TocEntry[]): TocEntry[] => es.flatMap((e) => [e, ...flat(e.children)]);
const titles = (es: TocEntry[]) => es.map((e) => e.title);

describe("table of contents by the text's own headings", () => {
  it("金山区: chapters, then 第X条（标题）, then the numbered paragraphs named as clauses are", () => {
    const toc = tocOf("jinshan");
    expect(titles(toc)).toEqual(["第一章 总则", "第二章 支持项目", "第二章 附则"]);
    expect(titles(toc[1]!.children).slice(0, 3)).toEqual(["第五条（政府质量奖）", "第六条（标准创新贡献奖）", "第七条（重点产品质量攻关）"]);
    expect(flat(toc).filter((e) => e.level === 2)).toHaveLength(27);
    const article5 = toc[1]!.children[0]!;
    expect(article5.children.map((e) => e.name)).toEqual(["第五条（一）", "第五条（二）", "第五条（三）"]);
  });

  it("长宁区: 一、… parts and all 33 numbered articles, titled by their opening words", () => {
    const toc = tocOf("changning");
    expect(toc.map((e) => e.marker)).toEqual(["一、", "二、", "三、", "四、", "五、", "六、", "七、"]);
    expect(flat(toc).filter((e) => e.level === 2).map((e) => e.name)).toEqual(Array.from({ length: 33 }, (_, i) => String(i + 1)));
    expect(toc[0]!.children[0]!.title).toBe("中国质量奖");
  });

  it("光明区: 一、 parts, （一）–（三十） measures, and 1.–4. under （四）", () => {
    const all = flat(tocOf("guangming"));
    expect(all.filter((e) => e.level === 2)).toHaveLength(30);
    expect(all.filter((e) => e.level === 3).map((e) => e.name)).toEqual(["（四）1", "（四）2", "（四）3", "（四）4"]);
  });

  it("松江区: three parts and thirteen directions, (三) written either way", () => {
    const toc = tocOf("songjiang");
    expect(toc.map((e) => e.children.length)).toEqual([4, 5, 4]);
    expect(toc[0]!.children[2]).toMatchObject({ marker: "（三）", title: "增强质量提升创新动能" });
  });

  it("临沂市: the ten sections of the handbook's own contents, not its contents page or its lists of conditions", () => {
    const toc = tocOf("linyi");
    // 目录: “1.中国、省质量奖奖励.....	1” …
    const contentsPage = [...sourceOf("linyi").matchAll(/^\d+\.(.+?)\.{4,}/gm)].map((m) => m[1]);
    expect(contentsPage).toHaveLength(10);
    expect(titles(toc)).toEqual(contentsPage);
    expect(titles(toc[3]!.children)).toEqual(["惠企内容", "政策依据", "咨询电话"]);
    expect(toc[3]!.children[0]!.children.map((e) => e.name)).toContain("知识产权奖补资助（七）");
    expect(toc[9]!.children[2]!.children[0]!.name).toBe("企业知识产权保险扶持【创建条件】（一）");
    // “2. 近 5 年无不良社会信用记录。” is a condition in a list, not a heading.
    expect(flat(toc).some((e) => e.title.includes("不良社会信用记录"))).toBe(false);
  });
});
