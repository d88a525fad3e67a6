/** Upload fixtures shared by the batch tests: a small Jinshan cohort as CSV rows. */
export const HEADER = "申请人编号,申请人名称,申请主体,政策,事项类型,日期,数量,奖项,标准类别,制定或修订,本单位角色";

export const GOOD_ROWS = [
  "A1,甲公司,单位,金山区,政府质量奖,2025/6/1,,上海市质量金奖,,,",
  "A1,,,jinshan,standard-project,2025-05-20,2,,国家标准,制定,牵头",
  "B2,乙公司,organization,jinshan,quality-award,2025-07-01,,china-quality-award,,,",
];

export const csv = (...rows: string[]) => new TextEncoder().encode([HEADER, ...rows].join("\r\n"));

export const ASOF = "2025-12-31";
