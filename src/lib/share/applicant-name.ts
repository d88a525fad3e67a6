/**
 * The optional name of the applicant a shared result is for, typed by the user just before sharing
 * so whoever receives the link or the printout knows whose answers these are. Checked here with no
 * dependency, so the browser's share form and the API's schema refuse exactly the same names.
 */

export const MAX_APPLICANT_NAME_LENGTH = 100;

/** Line breaks, tabs and other control or invisible formatting characters (e.g. bidi overrides that reorder the text shown). */
const CONTROL = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

/** What is wrong with a name as typed (Chinese, naming the field), or undefined when it may be used. */
export const applicantNameProblem = (name: string): string | undefined => {
  const trimmed = name.trim();
  if (!trimmed) return "申请人名称不能为空；不想填写时请省略这个字段";
  if ([...trimmed].length > MAX_APPLICANT_NAME_LENGTH) return `申请人名称不能超过 ${MAX_APPLICANT_NAME_LENGTH} 个字`;
  if (CONTROL.test(trimmed)) return "申请人名称不能包含换行、制表符等控制字符";
  return undefined;
};
